import { z } from 'zod';
import { CHANNELS } from '../../contributions/index.ts';

/** The languages a corpus can be narrowed to: the analysis's guess ('unknown' for none). */
export const CORPUS_LANGUAGES = ['fi', 'sv', 'en', 'unknown'] as const;

/** Which contributions of a process a run reads; an empty list means every channel or language. */
export const corpusFilterSchema = z.object({
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  /** A phase of the process: contributions given on its dates (in the organisation's time zone). */
  phaseId: z.string().max(64).nullable().default(null),
  languages: z.array(z.enum(CORPUS_LANGUAGES)).max(CORPUS_LANGUAGES.length).default([]),
});

/** A run's corpus filter, as stored with it. */
export type CorpusFilter = z.infer<typeof corpusFilterSchema>;

/** The filter stored with a run, with what the job needs to apply it later (the phase's dates and the time zone). */
export interface StoredCorpusFilter extends CorpusFilter {
  phase: { startsOn: string; endsOn: string } | null;
  timeZone: string;
}
