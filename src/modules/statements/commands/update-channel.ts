import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { ChannelSettings } from '../schemas.ts';
import { checkChannelSettings, settingsColumns } from './channel-checks.ts';

/** Changes a channel's settings and records the change in the audit log. Statements and votes stay as they are. */
export async function updateChannel(
  db: Db,
  actor: Actor,
  channelId: string,
  input: ChannelSettings,
  timeZone: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const channel = await trx
      .selectFrom('statement_channels')
      .select(['id', 'process_id'])
      .$call(inOrganisation(actor.organisationId, 'statement_channels'))
      .where('id', '=', channelId)
      .executeTakeFirst();
    if (!channel) throw refuse.notFound();
    const settings = await checkChannelSettings(trx, actor.organisationId, channel.process_id, input, timeZone);
    await trx
      .updateTable('statement_channels')
      .set({ ...settingsColumns(settings), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'statement_channels'))
      .where('id', '=', channelId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'statements.channel.update',
        subjectType: 'statement_channel',
        subjectId: channelId,
        details: { status: settings.status, audience: settings.audience, opensAt: settings.opensAt, closesAt: settings.closesAt },
      },
      now,
    );
  });
}
