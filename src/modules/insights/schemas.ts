import { z } from 'zod';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { CHANNELS } from '../contributions/index.ts';
import { CORPUS_LANGUAGES } from './corpus/corpus-filter.ts';
import { CODEBOOK_MINIMUM_SIMILARITY } from './themes/codebook.ts';

/** Limits shared by the forms, the API and the job. */
export const INSIGHTS_LIMITS = {
  idMax: 64,
  themesMin: 2,
  themesMax: 30,
  seedMax: 2_147_483_647,
  labelMax: 120,
  summaryMax: 2_000,
  /** Sentences or contributions chosen at once in a split or a move. */
  chosenMax: 2_000,
  /** `contributionId:sentenceIndex`. */
  sentenceKeyMax: 80,
  tagMax: 40,
  tagsMax: 10,
  /** The codebook's similarity threshold: a sentence less like every theme stays unassigned. */
  similarityMin: 0.01,
  similarityMax: 0.9,
};

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const listOf = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const themeCount = (fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(INSIGHTS_LIMITS.themesMin).max(INSIGHTS_LIMITS.themesMax).default(fallback));

/** A theme run as the analyst asks for it: the corpus filter, the limits of the number of themes and the seed. */
export const startRunSchema = z
  .object({
    channels: z.preprocess(listOf, z.array(z.enum(CHANNELS)).max(CHANNELS.length)).default([]),
    phaseId: z.preprocess(blankToUndefined, z.string().max(INSIGHTS_LIMITS.idMax).optional()).transform((value) => value ?? null),
    languages: z.preprocess(listOf, z.array(z.enum(CORPUS_LANGUAGES)).max(CORPUS_LANGUAGES.length)).default([]),
    minThemes: themeCount(3),
    maxThemes: themeCount(12),
    seed: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(INSIGHTS_LIMITS.seedMax).default(1)),
    /** Classify into this saved codebook of the process instead of finding themes anew. */
    codebookId: z.preprocess(blankToUndefined, z.string().max(INSIGHTS_LIMITS.idMax).optional()).transform((value) => value ?? null),
    minimumSimilarity: z.preprocess(
      blankToUndefined,
      z.coerce.number().min(INSIGHTS_LIMITS.similarityMin).max(INSIGHTS_LIMITS.similarityMax).default(CODEBOOK_MINIMUM_SIMILARITY),
    ),
  })
  .superRefine((value, context) => {
    if (value.minThemes > value.maxThemes)
      context.addIssue({ code: 'custom', path: ['maxThemes'], params: { key: 'insights.validation.maxBelowMin' } });
  });

/** A theme's name and summary in fi, sv and en (Finnish required for the name). */
export const themeWordingSchema = z.object({
  label: localizedTextSchema(INSIGHTS_LIMITS.labelMax),
  summary: localizedTextSchema(INSIGHTS_LIMITS.summaryMax, { required: false }),
});

const idField = z.string().trim().min(1).max(INSIGHTS_LIMITS.idMax);

/** Merge: the theme merged into the one in the path. */
export const mergeThemesSchema = z.object({ sourceThemeId: idField });

/** Split: the sentences (`contributionId:sentenceIndex`) that become a new theme, and its name. */
export const splitThemeSchema = z.object({
  sentences: z.preprocess(listOf, z.array(z.string().max(INSIGHTS_LIMITS.sentenceKeyMax)).max(INSIGHTS_LIMITS.chosenMax)),
  newLabel: localizedTextSchema(INSIGHTS_LIMITS.labelMax),
});

/** Move: the contributions moved from the theme in the path to the target theme. */
export const moveContributionsSchema = z.object({
  contributionIds: z.preprocess(listOf, z.array(z.string().max(INSIGHTS_LIMITS.idMax)).max(INSIGHTS_LIMITS.chosenMax)),
  targetThemeId: idField,
});

/** Hand tags of a contribution: comma-separated on the form, a list in the API; each 1–40 characters, at most 10. */
export const contributionTagsSchema = z.object({
  tags: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',') : value === undefined ? [] : value),
      z.array(z.string().max(INSIGHTS_LIMITS.chosenMax)).max(INSIGHTS_LIMITS.chosenMax),
    )
    .transform((tags) => [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))])
    .superRefine((tags, context) => {
      if (tags.some((tag) => tag.length > INSIGHTS_LIMITS.tagMax))
        context.addIssue({ code: 'custom', params: { key: 'insights.validation.tagTooLong', values: { max: INSIGHTS_LIMITS.tagMax } } });
      if (tags.length > INSIGHTS_LIMITS.tagsMax)
        context.addIssue({ code: 'custom', params: { key: 'insights.validation.tooManyTags', values: { max: INSIGHTS_LIMITS.tagsMax } } });
    }),
});

/** Counterparts: the run's themes that are this theme in other languages (none clears the links). */
export const themeCounterpartsSchema = z.object({
  counterpartIds: z.preprocess(listOf, z.array(z.string().max(INSIGHTS_LIMITS.idMax)).max(INSIGHTS_LIMITS.themesMax)),
});

/** One suggested counterpart, rejected or suggested again. */
export const counterpartSuggestionSchema = z.object({
  counterpartId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
});

/** A contribution of a run in a path. */
export const contributionParams = z.object({
  runId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
  contributionId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
});

/** A run in a path. */
export const runParams = z.object({ runId: z.string().min(1).max(INSIGHTS_LIMITS.idMax) });

/** A theme of a run in a path. */
export const themeParams = z.object({
  runId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
  themeId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
});

/** A process in a path (the admin pages address it by id). */
export const processParams = z.object({ processId: z.string().min(1).max(INSIGHTS_LIMITS.idMax) });
