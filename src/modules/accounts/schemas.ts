import { z } from 'zod';
import { LOCALES } from '../../platform/i18n/locales.ts';

/** Limits of account fields, shared by forms, API and tests. */
export const ACCOUNT_LIMITS = { emailMax: 254, passwordMin: 12, passwordMax: 200, displayNameMax: 80 } as const;

/** An e-mail address, trimmed and lower-cased. */
export const emailSchema = z.string().trim().toLowerCase().min(1).max(ACCOUNT_LIMITS.emailMax).pipe(z.email());

/** A new password: long enough to resist guessing, bounded so hashing stays cheap. */
export const newPasswordSchema = z.string().min(ACCOUNT_LIMITS.passwordMin).max(ACCOUNT_LIMITS.passwordMax);

/** Sign-up form and API body. */
export const signUpSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(ACCOUNT_LIMITS.displayNameMax),
  password: newPasswordSchema,
  locale: z.enum(LOCALES).default('fi'),
});

/** Sign-in form and API body. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(ACCOUNT_LIMITS.passwordMax),
});
