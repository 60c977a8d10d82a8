import { z } from 'zod';
import { CHANNELS } from '../../contributions/index.ts';
import { CORPUS_LANGUAGES } from './corpus-filter.ts';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : (value ?? null));
const listOf = (value: unknown) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const choice = z.preprocess(blankToNull, z.string().max(200).nullable());

/**
 * The filter of the key-term page, from its query string (a GET form): channels and languages
 * (empty: all), a phase, the question or prompt answered (`sourceKeyOf`) and one background group
 * (`backgroundKey`). Whether a phase, question or group exists is checked against the process.
 */
export const keyTermFilterSchema = z.object({
  channels: z.preprocess(listOf, z.array(z.enum(CHANNELS)).max(CHANNELS.length)),
  languages: z.preprocess(listOf, z.array(z.enum(CORPUS_LANGUAGES)).max(CORPUS_LANGUAGES.length)),
  phaseId: choice,
  source: choice,
  background: choice,
});

/** A parsed key-term filter. */
export type KeyTermFilter = z.infer<typeof keyTermFilterSchema>;

/** The query as a browser sends the form (`channels[]=…`), in the names of the schema. */
export function keyTermQuery(query: Record<string, unknown>): Record<string, unknown> {
  return {
    channels: query['channels[]'] ?? query.channels,
    languages: query['languages[]'] ?? query.languages,
    phaseId: query.phaseId,
    source: query.source,
    background: query.background,
  };
}
