import { z } from 'zod';
import { ROLES } from '../../platform/authz/authz.ts';
import type { UserSummary } from './queries/list-users.ts';
import { SCOPE_TYPES } from './schemas.ts';

/** A role grant in API answers; organisation-wide grants have a null scope id. */
export const grantResponseSchema = z.object({ role: z.enum(ROLES), scopeType: z.enum(SCOPE_TYPES), scopeId: z.string().nullable() });

/** A user as the admin API shows them, with their grants. */
export const userResponseSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  /** The unit or work community the person is placed in, or null. */
  unitId: z.string().nullable(),
  /** When the person was deactivated (cannot sign in), or null. */
  deactivatedAt: z.string().nullable(),
  grants: z.array(grantResponseSchema),
});

/** A user in the admin API's shape. */
export function presentUser(user: UserSummary): z.input<typeof userResponseSchema> {
  const grants = user.grants.map((grant) => ({ role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId || null }));
  return { ...user, grants };
}

/** A personal API token as listed (never its value). */
export const tokenResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/** A token just created: the only answer that carries its value. */
export const createdTokenResponseSchema = z.object({ id: z.string(), name: z.string(), token: z.string(), createdAt: z.string() });
