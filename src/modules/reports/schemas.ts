import { z } from 'zod';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';

/** Limits of a report's texts, shared by the form, the API and the tests. */
export const REPORTS_LIMITS = { sectionMax: 8000 } as const;

/** The path of a process's report pages and API: its slug. */
export const slugParamsSchema = z.object({ slug: z.string().min(1).max(100) });

/** The path of one section of a process's report (an unknown section is 404, as an unknown page is: `loadSection`). */
export const sectionParamsSchema = z.object({ slug: z.string().min(1).max(100), section: z.string().min(1).max(40) });

/** A section's text in fi (required), sv and en: one schema for the form (unflattened) and the JSON body. */
export const sectionInputSchema = z.object({ text: localizedTextSchema(REPORTS_LIMITS.sectionMax) });

/** A section's text as the save action takes it. */
export type SectionInput = z.output<typeof sectionInputSchema>;
