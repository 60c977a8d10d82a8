import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { RunTheme, ThemeRun } from './model.ts';

const localizedSchema = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

const quoteSchema = z.object({
  text: z.string(),
  /** The contribution (the `contributions` row) the sentence is from. */
  sourceId: z.string(),
  sentenceIndex: z.number(),
  channel: z.string(),
  language: z.string(),
});

const subtopicSchema = z.object({
  id: z.string(),
  label: localizedSchema,
  contributionCount: z.number(),
  sentenceCount: z.number(),
  quotes: z.array(quoteSchema),
});

/** The published theme set of a process: topics, each with its subtopics and their quotes with source ids. */
export const publishedThemesResponseSchema = z.object({
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  run: z
    .object({
      id: z.string(),
      methodVersion: z.string().nullable(),
      softwareVersion: z.string(),
      seed: z.number(),
      contributionCount: z.number().nullable(),
      sentenceCount: z.number().nullable(),
    })
    .nullable(),
  topics: z.array(
    z.object({
      id: z.string(),
      label: localizedSchema,
      summary: localizedSchema,
      contributionCount: z.number(),
      sentenceCount: z.number(),
      /** The ids of the topics that are this one in other languages. */
      counterparts: z.array(z.string()),
      subtopics: z.array(subtopicSchema),
    }),
  ),
});

/** What is published for a process, if anything. */
export interface PublishedThemes {
  run: ThemeRun;
  themes: RunTheme[];
  publishedAt: string;
}

/**
 * The published themes in the topic → subtopic → quotes shape. Themes are not yet split, so each
 * topic has one subtopic: itself (splitting themes is later work; the shape stays).
 */
export function presentPublishedThemes(published: PublishedThemes | null): z.input<typeof publishedThemesResponseSchema> {
  if (!published) return { published: false, publishedAt: null, run: null, topics: [] };
  const { run } = published;
  return {
    published: true,
    publishedAt: published.publishedAt,
    run: {
      id: run.id,
      methodVersion: run.methodVersion,
      softwareVersion: run.softwareVersion,
      seed: run.seed,
      contributionCount: run.contributionCount,
      sentenceCount: run.sentenceCount,
    },
    topics: published.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      summary: theme.summary,
      contributionCount: theme.contributionCount,
      sentenceCount: theme.sentenceCount,
      counterparts: theme.counterpartIds,
      subtopics: [
        {
          id: theme.id,
          label: theme.label,
          contributionCount: theme.contributionCount,
          sentenceCount: theme.sentenceCount,
          quotes: theme.quotes.map((quote) => ({
            text: quote.text,
            sourceId: quote.contributionId,
            sentenceIndex: quote.sentenceIndex,
            channel: quote.channel,
            language: quote.language,
          })),
        },
      ],
    })),
  };
}

/** Characters that make a spreadsheet program read a CSV cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell no spreadsheet program runs as a formula: such text gets a leading apostrophe (as the events export does). */
export function spreadsheetSafe(cell: string | number): string | number {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The CSV header: one row per quote, with its topic and subtopic in fi, sv and en. */
export const THEMES_CSV_HEADER = [
  'topic_id',
  'topic_fi',
  'topic_sv',
  'topic_en',
  'subtopic_id',
  'subtopic_fi',
  'topic_contributions',
  'topic_sentences',
  'source_id',
  'sentence_index',
  'channel',
  'language',
  'quote',
];

/** The published themes as CSV (UTF-8 with a byte order mark, so spreadsheet programs read ä and å). */
export function publishedThemesCsv(published: PublishedThemes | null): string {
  const rows = (published?.themes ?? []).flatMap((theme) =>
    theme.quotes.map((quote) => [
      theme.id,
      theme.label.fi,
      theme.label.sv ?? '',
      theme.label.en ?? '',
      theme.id,
      theme.label.fi,
      theme.contributionCount,
      theme.sentenceCount,
      quote.contributionId,
      quote.sentenceIndex,
      quote.channel,
      quote.language,
      quote.text,
    ]),
  );
  return stringify(
    [THEMES_CSV_HEADER, ...rows].map((row) => row.map(spreadsheetSafe)),
    { bom: true },
  );
}
