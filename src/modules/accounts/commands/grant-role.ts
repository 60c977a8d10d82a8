import { type AuditEntry, recordAuditMany } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findUnit } from '../../organisations/index.ts';
import { findProcessById } from '../../processes/index.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { listGrantsOfUsers } from '../queries/list-user-grants.ts';
import { ACCOUNT_LIMITS, type RoleGrantInput } from '../schemas.ts';
import { loadStaffUser } from './find-staff-user.ts';
import '../tables.ts';

/** One grant to add: the role, its scope, and to whom. */
export interface GrantToAdd extends RoleGrantInput {
  userId: string;
}

/** Grants to add in a caller's transaction, by whom, and what their audit entries add (`via`). */
export interface GrantsRequest {
  organisationId: string;
  /** The audit entries' actor; null when no person acts (an import run from the command line). */
  actorId: string | null;
  grants: readonly GrantToAdd[];
  details?: Record<string, unknown>;
  /** The field an unknown scope is refused at, by the grant's index in `grants` (default `grants.N.scopeId`). */
  scopeField?: (index: number) => string;
}

/** Grants per statement: seven bound values each, well under both engines' limits. */
const GRANTS_PER_STATEMENT = 400;

/** Ids per look-up of the grants already held. */
const USERS_PER_STATEMENT = 2_000;

const keyOf = (grant: { userId: string; role: string; scopeType: string; scopeId: string }) =>
  `${grant.userId}|${grant.role}|${grant.scopeType}|${grant.scopeId}`;

/** Each distinct scope once: a process or unit of the organisation, or refused at the first grant that names it. */
async function checkScopes(trx: Db, request: GrantsRequest): Promise<void> {
  const checked = new Set<string>();
  for (const [index, grant] of request.grants.entries()) {
    const scope = `${grant.scopeType}|${grant.scopeId}`;
    if (grant.scopeType === 'organisation' || checked.has(scope)) continue;
    const exists =
      grant.scopeType === 'unit'
        ? (await findUnit(trx, request.organisationId, grant.scopeId)) !== undefined
        : (await findProcessById(trx, request.organisationId, grant.scopeId)) !== undefined;
    if (!exists) {
      const field = request.scopeField?.(index) ?? `grants.${index}.scopeId`;
      throw refuse.invalid({ [field]: { key: 'accounts.roles.unknownScope' } });
    }
    checked.add(scope);
  }
}

/** The grants not yet held (each once), after checking that nobody would hold more than `grantsPerUser`. */
async function grantsToInsert(trx: Db, request: GrantsRequest): Promise<GrantToAdd[]> {
  const userIds = [...new Set(request.grants.map((grant) => grant.userId))];
  const held = new Map<string, number>();
  const keys = new Set<string>();
  for (let start = 0; start < userIds.length; start += USERS_PER_STATEMENT) {
    const grants = await listGrantsOfUsers(trx, request.organisationId, userIds.slice(start, start + USERS_PER_STATEMENT));
    for (const [userId, list] of grants) {
      if (list.length > 0) held.set(userId, list.length);
      for (const grant of list) keys.add(keyOf({ userId, ...grant }));
    }
  }
  const adding: GrantToAdd[] = [];
  for (const grant of request.grants) {
    const key = keyOf(grant);
    if (keys.has(key)) continue;
    keys.add(key);
    const count = (held.get(grant.userId) ?? 0) + 1;
    if (count > ACCOUNT_LIMITS.grantsPerUser) throw refuse.conflict('accounts.roles.tooMany', { max: ACCOUNT_LIMITS.grantsPerUser });
    held.set(grant.userId, count);
    adding.push(grant);
  }
  return adding;
}

/**
 * Adds role grants in the caller's transaction by the rules every grant keeps: its scope is
 * a process or unit of the organisation (else `invalid`, 422), nobody holds more than
 * `grantsPerUser` (else `conflict`, 409), a grant already held changes nothing, and each
 * grant added is audited (`role.grant`) in the same transaction. One person's grant and an
 * import's hundreds take this path alike, a few statements for the lot. The users must be
 * the organisation's (the caller has found them). Answers the grants added.
 */
export async function grantRolesIn(trx: Db, request: GrantsRequest, now: Date): Promise<GrantToAdd[]> {
  if (request.grants.length === 0) return [];
  await checkScopes(trx, request);
  const adding = await grantsToInsert(trx, request);
  const createdAt = now.toISOString();
  const audit: AuditEntry[] = [];
  const added: GrantToAdd[] = [];
  for (let start = 0; start < adding.length; start += GRANTS_PER_STATEMENT) {
    const part = adding.slice(start, start + GRANTS_PER_STATEMENT);
    // A simultaneous identical grant may have won the race: then there is nothing to add or audit.
    const inserted = await trx
      .insertInto('role_grants')
      .values(
        part.map((grant) => ({
          id: newId(),
          organisation_id: request.organisationId,
          user_id: grant.userId,
          role: grant.role,
          scope_type: grant.scopeType,
          scope_id: grant.scopeId,
          created_at: createdAt,
        })),
      )
      .onConflict((conflict) => conflict.columns(['user_id', 'role', 'scope_type', 'scope_id']).doNothing())
      .returning(['user_id', 'role', 'scope_type', 'scope_id'])
      .execute();
    for (const row of inserted) {
      const grant = { userId: row.user_id, role: row.role, scopeType: row.scope_type, scopeId: row.scope_id };
      added.push(grant);
      audit.push({
        organisationId: request.organisationId,
        actorUserId: request.actorId,
        action: AUDIT_ACTIONS.roleGrant,
        subjectType: 'user',
        subjectId: grant.userId,
        details: { role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId || null, ...request.details },
      });
    }
  }
  await recordAuditMany(trx, audit, now);
  return added;
}

/** Adds one grant to a user of the actor's organisation (404 for anyone else's); one already held changes nothing. */
export async function grantRole(db: Db, actor: Actor, userId: string, grant: RoleGrantInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loadStaffUser(trx, actor.organisationId, userId);
    await grantRolesIn(trx, { organisationId: actor.organisationId, actorId: actor.userId, grants: [{ ...grant, userId }] }, now);
  });
}
