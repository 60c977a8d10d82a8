import type { Locale, LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ParticipationFigures } from '../participation/model.ts';

/** The sections of a final report, in order; each has a text the coordinator may edit. */
export const SECTION_KEYS = ['summary', 'story', 'phases', 'participation', 'themes', 'opinions', 'dialogues', 'goals'] as const;

/** One of SECTION_KEYS. */
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The open-data licence a report is published under unless the coordinator chooses another. */
export const DEFAULT_LICENCE = 'CC-BY-4.0';

/** What the report shows beside its texts, built from the other modules when it is generated. */
export interface ReportData {
  process: { slug: string; title: LocalizedText };
  story: {
    approvedVersion: number | null;
    headings: LocalizedText[];
    decision: {
      meetingDate: string;
      sectionNumber: string;
      text: LocalizedText;
      votes: { for: number | null; against: number | null; abstain: number | null };
    } | null;
  };
  phases: Array<{ title: LocalizedText; startsOn: string; endsOn: string }>;
  events: Array<{ title: LocalizedText; startsOn: string; kind: string }>;
  /** The figures in each language (labels of phases, bodies and units localized). */
  figures: Record<Locale, ParticipationFigures>;
  themes: Array<{ label: LocalizedText; summary: LocalizedText; contributions: number; quotes: string[] }>;
  opinions: Array<{ question: LocalizedText; groups: Array<{ label: string; size: number }>; consensus: string[] }>;
  dialogues: Array<{ title: LocalizedText; held: number; total: number; participants: number }>;
  goals: Array<{ title: LocalizedText; objectives: number; indicators: number }>;
}

/** A report as built or published: each section's text and the data. */
export interface BuiltReport {
  sections: Array<{ key: SectionKey; text: LocalizedText }>;
  data: ReportData;
  licence: string;
  /** When the data was built (ISO instant). */
  builtAt: string;
}

/** A process's report row: the coordinator's edits, and what was published (null before). */
export interface StoredReport {
  id: string;
  processId: string;
  sections: Partial<Record<SectionKey, LocalizedText>>;
  licence: string;
  published: BuiltReport | null;
  publishedAt: string | null;
  updatedAt: string;
}
