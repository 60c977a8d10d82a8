import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';

/** Revokes one of one's own API tokens at once; anyone else's token answers 404 like an unknown one. */
export async function revokeApiToken(db: Db, owner: { organisationId: string; userId: string }, tokenId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('api_tokens')
      .$call(inOrganisation(owner.organisationId, 'api_tokens'))
      .where('user_id', '=', owner.userId)
      .where('id', '=', tokenId)
      .returning('name')
      .executeTakeFirst();
    if (!deleted) throw refuse.notFound();
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.userId,
        action: AUDIT_ACTIONS.tokenRevoke,
        subjectType: 'user',
        subjectId: owner.userId,
        details: { tokenId, name: deleted.name },
      },
      now,
    );
  });
}
