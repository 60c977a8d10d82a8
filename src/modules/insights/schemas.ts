import { z } from 'zod';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { CHANNELS } from '../contributions/index.ts';
import { CORPUS_LANGUAGES } from './corpus/corpus-filter.ts';

/** Limits shared by the forms, the API and the job. */
export const INSIGHTS_LIMITS = {
  idMax: 64,
  themesMin: 2,
  themesMax: 30,
  seedMax: 2_147_483_647,
  labelMax: 120,
  summaryMax: 2_000,
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

/** A run in a path. */
export const runParams = z.object({ runId: z.string().min(1).max(INSIGHTS_LIMITS.idMax) });

/** A theme of a run in a path. */
export const themeParams = z.object({
  runId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
  themeId: z.string().min(1).max(INSIGHTS_LIMITS.idMax),
});

/** A process in a path (the admin pages address it by id). */
export const processParams = z.object({ processId: z.string().min(1).max(INSIGHTS_LIMITS.idMax) });
