import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { TWO_FACTOR_ROLES } from '../two-factor/policy.ts';
import '../tables.ts';

/**
 * Sets whether the organisation requires two-factor of admins and the roles that read personal
 * data. Turning it on signs out everyone it covers who has not set two-factor up (they are asked
 * to at their next sign-in), except the admin's own session, which goes on: they are asked at
 * their next sign-in like anyone else. Audited when it changes.
 */
export async function setTwoFactorRequirement(
  db: Db,
  input: { organisationId: string; actorId: string; sessionId: string | null; requireTwoFactor: boolean },
  now: Date,
): Promise<void> {
  const value = input.requireTwoFactor ? 1 : 0;
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('account_security_settings')
      .select('require_two_factor')
      .where('organisation_id', '=', input.organisationId)
      .executeTakeFirst();
    if ((current?.require_two_factor ?? 0) === value) return;
    await trx
      .insertInto('account_security_settings')
      .values({ organisation_id: input.organisationId, require_two_factor: value, updated_at: now.toISOString() })
      .onConflict((conflict) =>
        conflict.column('organisation_id').doUpdateSet({ require_two_factor: value, updated_at: now.toISOString() }),
      )
      .execute();
    if (input.requireTwoFactor) await endUncoveredSessions(trx, input.organisationId, input.sessionId);
    await recordAudit(
      trx,
      {
        organisationId: input.organisationId,
        actorUserId: input.actorId,
        action: AUDIT_ACTIONS.twoFactorRequirement,
        subjectType: 'user',
        subjectId: input.actorId,
        details: { requireTwoFactor: input.requireTwoFactor },
      },
      now,
    );
  });
}

/** Ends the sessions of everyone the requirement covers who has not set two-factor up (but the one given). */
async function endUncoveredSessions(db: Db, organisationId: string, keepSessionId: string | null): Promise<void> {
  let sessions = db
    .deleteFrom('sessions')
    .where('organisation_id', '=', organisationId)
    .where('user_id', 'in', (builder) =>
      builder
        .selectFrom('role_grants')
        .select('role_grants.user_id')
        .where('role_grants.organisation_id', '=', organisationId)
        .where('role_grants.role', 'in', [...TWO_FACTOR_ROLES]),
    )
    .where('user_id', 'not in', (builder) =>
      builder
        .selectFrom('account_two_factor')
        .select('account_two_factor.user_id')
        .where('account_two_factor.organisation_id', '=', organisationId)
        .where('account_two_factor.confirmed_at', 'is not', null),
    );
  if (keepSessionId) sessions = sessions.where('id', '<>', keepSessionId);
  await sessions.execute();
}
