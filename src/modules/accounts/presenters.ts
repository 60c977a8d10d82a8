import { z } from 'zod';
import { ROLES } from '../../platform/authz/authz.ts';
import type { UserSummary } from './queries/list-users.ts';
import { SCOPE_TYPES } from './schemas.ts';
import type { StaffImportResult } from './staff-import/staff-import-result.ts';

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

const rowResponseSchema = z.object({
  line: z.number().int(),
  email: z.string(),
  name: z.string(),
  unitId: z.string(),
  role: z.string().nullable(),
  language: z.string(),
  outcome: z.enum(['create', 'update', 'unchanged']),
  invite: z.boolean(),
});

/** What the API answers: every row's outcome, the people the file leaves out, and whether it was saved. */
export const staffImportResponseSchema = z.object({
  committed: z.boolean(),
  encoding: z.string(),
  delimiter: z.string(),
  counts: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), invite: z.number(), deactivate: z.number() }),
  rows: z.array(rowResponseSchema),
  missing: z.array(
    z.object({ userId: z.string(), email: z.string(), outcome: z.enum(['deactivate', 'kept']), reason: z.string().nullable() }),
  ),
});

/** Shapes an import's result for the API. */
export function presentStaffImport(result: StaffImportResult): z.output<typeof staffImportResponseSchema> {
  return {
    committed: result.committed,
    encoding: result.encoding,
    delimiter: result.delimiter,
    counts: result.plan.counts,
    rows: result.plan.rows.map((row) => ({
      line: row.line,
      email: row.email,
      name: row.name,
      unitId: row.unitId,
      role: row.role,
      language: row.locale,
      outcome: row.outcome,
      invite: row.invite,
    })),
    missing: result.plan.missing.map((person) => ({
      userId: person.userId,
      email: person.email,
      outcome: person.outcome,
      reason: person.reason ?? null,
    })),
  };
}

/** A person of the staff directory as its API shows them: where they are placed, their roles, whether they left. */
export const staffMemberResponseSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  language: z.string(),
  /** The unit or work community the person is placed in, or null. */
  unitId: z.string().nullable(),
  /** When the person was deactivated (left), or null. */
  deactivatedAt: z.string().nullable(),
  grants: z.array(grantResponseSchema),
});

/** A person of the staff directory in its API's shape. */
export function presentStaffMember(user: UserSummary): z.input<typeof staffMemberResponseSchema> {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    language: user.locale,
    unitId: user.unitId,
    deactivatedAt: user.deactivatedAt,
    grants: user.grants.map((grant) => ({ role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId || null })),
  };
}
