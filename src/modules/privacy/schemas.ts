import { z } from 'zod';
import { emailSchema } from '../accounts/index.ts';

/** Limits of the feedback form and the contact address, shared by the forms, the API and the tests. */
export const PRIVACY_LIMITS = { nameMax: 200, pageMax: 500, messageMax: 5000, answerDays: 14 } as const;

/** What a feedback on accessibility takes: one schema for the form and the JSON body. */
export const feedbackInputSchema = z.object({
  name: z.string().trim().max(PRIVACY_LIMITS.nameMax).optional().default(''),
  email: emailSchema,
  page: z.string().trim().max(PRIVACY_LIMITS.pageMax).optional().default(''),
  message: z.string().trim().min(1).max(PRIVACY_LIMITS.messageMax),
});

/** A feedback as the create action takes it. */
export type FeedbackInput = z.output<typeof feedbackInputSchema>;

/** The organisation's contact address that each feedback is mailed to. */
export const contactInputSchema = z.object({ feedbackEmail: emailSchema });

/** The contact address as the settings action takes it. */
export type ContactInput = z.output<typeof contactInputSchema>;

/** The path of one feedback. */
export const feedbackParamsSchema = z.object({ id: z.string().min(1).max(64) });
