import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId, newToken } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';
import { hashToken } from '../sessions.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/** A token just made: the only time its plain value exists outside the caller's hands. */
export interface CreatedApiToken {
  id: string;
  name: string;
  token: string;
  createdAt: string;
}

/** Prefix that makes a leaked token recognisable to secret scanners and people. */
const TOKEN_PREFIX = 'tarina_';

async function assertRoomForToken(trx: Db, owner: { organisationId: string; userId: string }): Promise<void> {
  const held = await trx
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(owner.organisationId, 'api_tokens'))
    .where('user_id', '=', owner.userId)
    .executeTakeFirstOrThrow();
  if (Number(held.count) >= ACCOUNT_LIMITS.tokensPerUser)
    throw refuse.conflict('accounts.tokens.tooMany', { max: ACCOUNT_LIMITS.tokensPerUser });
}

/** Makes a personal API token; only its SHA-256 is stored, so it can be shown once only. */
export async function createApiToken(
  db: Db,
  owner: { organisationId: string; userId: string },
  name: string,
  now: Date,
): Promise<CreatedApiToken> {
  const id = newId();
  const token = `${TOKEN_PREFIX}${newToken()}`;
  await db.transaction().execute(async (trx) => {
    await assertRoomForToken(trx, owner);
    await trx
      .insertInto('api_tokens')
      .values({
        id,
        organisation_id: owner.organisationId,
        user_id: owner.userId,
        name,
        token_hash: hashToken(token),
        created_at: now.toISOString(),
        last_used_at: null,
        expires_at: null,
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.tokenCreate,
        subjectType: 'user',
        subjectId: owner.userId,
        details: { tokenId: id, name },
      },
      now,
    );
  });
  return { id, name, token, createdAt: now.toISOString() };
}
