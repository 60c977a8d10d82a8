import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { beginInputsChange } from './channel-lock.ts';
import { countStatements } from './count-statements.ts';
import { insertStatements } from './insert-statements.ts';

/**
 * Adds statements written by the organiser or a moderator, published at once
 * (a channel's seed statements, or new ones while it runs), with an audit entry.
 */
export async function addStatements(
  db: Db,
  actor: Actor,
  channelId: string,
  input: { texts: string[]; language: string },
  now: Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const channel = await beginInputsChange(trx, actor.organisationId, channelId, now);
    if ((await countStatements(trx, channel)) + input.texts.length > STATEMENT_LIMITS.statementsPerChannelMax) {
      throw refuse.conflict('statements.statement.channelFull', { max: STATEMENT_LIMITS.statementsPerChannelMax });
    }
    const statements = input.texts.map((text) => ({
      text,
      language: input.language,
      origin: 'seed' as const,
      status: 'published' as const,
      authorUserId: actor.userId,
      moderatedAt: now.toISOString(),
    }));
    await insertStatements(trx, channel, statements, now);
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'statements.statement.add',
        subjectType: 'statement_channel',
        subjectId: channelId,
        details: { count: statements.length },
      },
      now,
    );
    return statements.length;
  });
}
