import { z } from 'zod';
import { pathIdSchema } from '../schemas.ts';

/** A survey's path on both surfaces. */
export const surveyParams = z.object({ id: pathIdSchema });

/** A section's path on both surfaces. */
export const sectionParams = z.object({ id: pathIdSchema, sectionId: pathIdSchema });

/** A question's path on both surfaces. */
export const questionParams = z.object({ id: pathIdSchema, questionId: pathIdSchema });

/** Where the builder goes back to after a change: the survey's own page. */
export function surveyAdminPath(surveyId: string): string {
  return `/admin/surveys/${surveyId}`;
}
