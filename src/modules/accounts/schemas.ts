import { z } from 'zod';
import { ROLES } from '../../platform/authz/authz.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';

/** Limits of account fields, shared by forms, API and tests. */
export const ACCOUNT_LIMITS = {
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 200,
  displayNameMax: 80,
  tokenNameMax: 80,
  /** Personal API tokens one person may hold at a time. */
  tokensPerUser: 20,
  searchMax: 100,
  idMax: 64,
  processSlugMax: 60,
  /** Grants one person may hold: far above any real need, low enough to bound a PUT. */
  grantsPerUser: 50,
} as const;

/** An e-mail address, trimmed and lower-cased. */
export const emailSchema = z.string().trim().toLowerCase().min(1).max(ACCOUNT_LIMITS.emailMax).pipe(z.email());

/** A new password: long enough to resist guessing, bounded so hashing stays cheap. */
export const newPasswordSchema = z.string().min(ACCOUNT_LIMITS.passwordMin).max(ACCOUNT_LIMITS.passwordMax);

/** A password typed to prove who one is (no length rule beyond the bound). */
const currentPasswordSchema = z.string().min(1).max(ACCOUNT_LIMITS.passwordMax);

const displayNameSchema = z.string().trim().min(1).max(ACCOUNT_LIMITS.displayNameMax);

/** Sign-up form and API body. */
export const signUpSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
  locale: z.enum(LOCALES).default('fi'),
});

/** Sign-in form and API body. */
export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
});

/** The form that asks for a password reset link. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** The form that sets a new password through a reset link. */
export const passwordResetSchema = z.object({ password: newPasswordSchema });

/** The token in a reset link: base64url, as `newToken()` makes it. */
export const resetTokenSchema = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

/** One's own display name and language. */
export const profileSchema = z.object({
  displayName: displayNameSchema,
  locale: z.enum(LOCALES),
});

/** Changing one's password needs the current one. */
export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});

/** A new personal API token: only its name is chosen. */
export const apiTokenSchema = z.object({
  name: z.string().trim().min(1).max(ACCOUNT_LIMITS.tokenNameMax),
});

/** Deleting one's account is confirmed with the password. */
export const deleteAccountSchema = z.object({ password: currentPasswordSchema });

/** Where a role applies. */
export const SCOPE_TYPES = ['organisation', 'process', 'unit'] as const;

/** A role grant as the API sends it: organisation-wide, or for one process or unit by id. */
export const roleGrantSchema = z
  .object({
    role: z.enum(ROLES),
    scopeType: z.enum(SCOPE_TYPES).default('organisation'),
    scopeId: z.string().trim().max(ACCOUNT_LIMITS.idMax).default(''),
  })
  .superRefine((grant, context) => {
    if (grant.scopeType !== 'organisation' && grant.scopeId === '') {
      context.addIssue({ code: 'custom', path: ['scopeId'], params: { key: 'accounts.roles.scopeRequired' } });
    }
  })
  .transform((grant) => ({ ...grant, scopeId: grant.scopeType === 'organisation' ? '' : grant.scopeId }));

/** A role grant as validated: organisation scope always has the empty scope id. */
export type RoleGrantInput = z.output<typeof roleGrantSchema>;

/**
 * The admin page's grant form: a unit is chosen from a list, a process by its
 * address name (slug); only the field of the chosen scope counts.
 */
export const roleGrantFormSchema = z
  .object({
    role: z.enum(ROLES),
    scopeType: z.enum(SCOPE_TYPES),
    unitId: z.string().trim().max(ACCOUNT_LIMITS.idMax).default(''),
    processSlug: z.string().trim().toLowerCase().max(ACCOUNT_LIMITS.processSlugMax).default(''),
  })
  .superRefine((form, context) => {
    if (form.scopeType === 'unit' && form.unitId === '') {
      context.addIssue({ code: 'custom', path: ['unitId'], params: { key: 'accounts.roles.unitRequired' } });
    }
    if (form.scopeType === 'process' && form.processSlug === '') {
      context.addIssue({ code: 'custom', path: ['processSlug'], params: { key: 'accounts.roles.processRequired' } });
    }
  });

/** The full set of a user's grants, replaced at once through the API. */
export const setRolesSchema = z.object({
  grants: z.array(roleGrantSchema).max(ACCOUNT_LIMITS.grantsPerUser),
});

/** Searching and paging the user list (page and API). */
export const userSearchSchema = z.object({
  q: z.string().trim().max(ACCOUNT_LIMITS.searchMax).default(''),
  after: z.string().max(400).optional(),
});

/**
 * Where a person is placed (form and API alike): a unit's or work community's id, or
 * nowhere (the form's empty choice, or null in the API).
 */
export const placementSchema = z.object({
  unitId: z
    .union([z.string().trim().max(ACCOUNT_LIMITS.idMax), z.null()])
    .default(null)
    .transform((value) => (value ? value : null)),
});
