import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Translator } from '../../../platform/i18n/translator.ts';
import { type ReportData, SECTION_KEYS, type SectionKey } from './model.ts';

/** The numbers each section's generated sentence names. */
function valuesOf(key: SectionKey, data: ReportData): Record<string, string | number> {
  const figures = data.figures.fi;
  switch (key) {
    case 'summary':
      return { people: figures.people, contributions: figures.contributions };
    case 'story':
      return { version: data.story.approvedVersion ?? 0, decided: data.story.decision ? data.story.decision.meetingDate : '-' };
    case 'phases':
      return { phases: data.phases.length, events: data.events.length };
    case 'participation':
      return { people: figures.people, channels: figures.breakdowns.channel.length };
    case 'themes':
      return { themes: data.themes.length };
    case 'opinions':
      return { channels: data.opinions.length, groups: data.opinions.reduce((sum, channel) => sum + channel.groups.length, 0) };
    case 'dialogues':
      return { rounds: data.dialogues.length, held: data.dialogues.reduce((sum, round) => sum + round.held, 0) };
    case 'goals':
      return { goals: data.goals.length };
  }
}

/** The text a section starts with before the coordinator edits it: one sentence of its figures in each language. */
export function defaultSectionText(key: SectionKey, data: ReportData, translator: Translator): LocalizedText {
  const messageKey = key === 'story' && data.story.approvedVersion === null ? 'reports.default.storyNone' : `reports.default.${key}`;
  const values = valuesOf(key, data);
  const [fi, sv, en] = LOCALES.map((locale) => translator.t(locale, messageKey, values));
  return { fi: fi ?? '', sv, en };
}

/** Every section's text: the coordinator's where written, else the generated one. */
export function sectionTexts(
  data: ReportData,
  edited: Partial<Record<SectionKey, LocalizedText>>,
  translator: Translator,
): Array<{ key: SectionKey; text: LocalizedText }> {
  return SECTION_KEYS.map((key) => ({ key, text: edited[key] ?? defaultSectionText(key, data, translator) }));
}
