import type { Db } from '../../../platform/db/database.ts';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { Contribution } from '../../contributions/index.ts';
import { findSurveyDefinition, type SurveyDefinition } from '../../surveys/index.ts';
import { backgroundAnswersOf, backgroundKey, sourceKeyOf } from '../corpus/contribution-facets.ts';

/** One choice of a filter. */
export interface FacetChoice {
  value: string;
  label: string;
}

/** The choices of one question, survey or background question (an `<optgroup>`). */
export interface FacetGroup {
  key: string;
  label: string;
  options: FacetChoice[];
}

/** What a process's contributions can be narrowed by: the questions and prompts answered, and the background groups. */
export interface CorpusFacets {
  sources: FacetGroup[];
  /** Keyed by the background question's code; `kind` says which background it is (age_band, home_area, unit …). */
  backgrounds: Array<FacetGroup & { kind: string }>;
}

const byLabel = (a: FacetChoice, b: FacetChoice) => a.label.localeCompare(b.label, 'fi');

/** The surveys the contributions came from, each read once through the surveys module. */
async function surveysOf(db: Db, organisationId: string, rows: readonly Contribution[]): Promise<Map<string, SurveyDefinition>> {
  const ids = new Set(rows.flatMap((row) => (typeof row.metadata.surveyId === 'string' ? [row.metadata.surveyId] : [])));
  const surveys = new Map<string, SurveyDefinition>();
  for (const id of ids) {
    const definition = await findSurveyDefinition(db, organisationId, id);
    if (definition) surveys.set(id, definition);
  }
  return surveys;
}

/**
 * The filters' choices seen in the contributions, labelled in the reader's language where the
 * channel has the words (survey questions and choices), else in the words the metadata carries.
 */
export async function describeFacets(db: Db, organisationId: string, rows: readonly Contribution[], locale: Locale): Promise<CorpusFacets> {
  const surveys = await surveysOf(db, organisationId, rows);
  const sources = new Map<string, FacetGroup>();
  const backgrounds = new Map<string, FacetGroup & { kind: string; seen: Set<string>; order: string[] }>();
  const group = (key: string, label: string) => {
    let found = sources.get(key);
    if (!found) {
      found = { key, label, options: [] };
      sources.set(key, found);
    }
    return found;
  };
  const seenSources = new Set<string>();
  for (const row of rows) {
    const key = sourceKeyOf(row.channel, row.metadata);
    const survey = typeof row.metadata.surveyId === 'string' ? surveys.get(row.metadata.surveyId) : undefined;
    if (key && !seenSources.has(key)) {
      seenSources.add(key);
      if (row.channel === 'survey') {
        const question = survey?.questions.find((candidate) => candidate.id === row.metadata.questionId);
        const label = question ? localize(question.text, locale) : String(row.metadata.questionCode ?? row.metadata.questionId);
        group(`survey:${row.metadata.surveyId}`, survey ? localize(survey.survey.title, locale) : 'survey').options.push({
          value: key,
          label,
        });
      } else {
        const text = String(row.metadata.prompt ?? row.metadata.question ?? '').trim() || key;
        group(row.channel, row.channel).options.push({ value: key, label: text });
      }
    }
    for (const answer of backgroundAnswersOf(row.metadata)) {
      const question = survey?.questions.find((candidate) => candidate.code === answer.questionCode && candidate.background);
      let found = backgrounds.get(answer.questionCode);
      if (!found) {
        const label = question ? localize(question.text, locale) : answer.questionCode;
        const order = question?.choices.map((choice) => backgroundKey(answer.questionCode, choice.code)) ?? [];
        found = { key: answer.questionCode, label, kind: answer.kind, options: [], seen: new Set(), order };
        backgrounds.set(answer.questionCode, found);
      }
      for (const [index, code] of answer.codes.entries()) {
        const value = backgroundKey(answer.questionCode, code);
        if (found.seen.has(value)) continue;
        found.seen.add(value);
        const choice = question?.choices.find((candidate) => candidate.code === code);
        found.options.push({ value, label: choice ? localize(choice.label, locale) : (answer.labels[index] ?? code) });
      }
    }
  }
  for (const source of sources.values()) source.options.sort(byLabel);
  // A background question's groups in the survey's order (age bands youngest first); values typed by hand after them.
  const rank = (order: string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return {
    sources: [...sources.values()].sort((a, b) => a.key.localeCompare(b.key)),
    backgrounds: [...backgrounds.values()]
      .map(({ seen: _seen, order, ...rest }) => ({
        ...rest,
        options: rest.options.sort((a, b) => rank(order, a.value) - rank(order, b.value) || byLabel(a, b)),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}
