import { z } from 'zod';

/** The path of a process's report pages and API: its slug. */
export const slugParamsSchema = z.object({ slug: z.string().min(1).max(100) });
