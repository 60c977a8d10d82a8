import { z } from 'zod';
import { emailSchema } from '../accounts/index.ts';

/** Limits of the follows module, shared by the forms, the API and the tests. */
export const FOLLOWS_LIMITS = {
  /** A confirmation link works this many days. */
  confirmDays: 7,
  /** An unsubscribe link keeps working this many days after its mail. */
  unsubscribeDays: 90,
  /** Unconfirmed links one address may hold for one process at a time. */
  pendingMax: 3,
  tokenMax: 100,
} as const;

/** What following by e-mail takes: the address (the language is the page's). */
export const followByEmailSchema = z.object({ email: emailSchema });

/** A follow by e-mail as the request action takes it. */
export type FollowByEmailInput = z.output<typeof followByEmailSchema>;

/** A process addressed by its slug (the processes module checks it further). */
export const processParamsSchema = z.object({ slug: z.string().min(1).max(100) });

/** A mailed link's token; a malformed one is refused like an unknown one. */
export const tokenParamsSchema = z.object({ token: z.string().min(1).max(FOLLOWS_LIMITS.tokenMax) });
