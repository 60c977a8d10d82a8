import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findProcessById } from '../../processes/index.ts';
import type { ChannelSettings } from '../schemas.ts';
import { checkChannelSettings, settingsColumns } from './channel-checks.ts';
import { beginInputsChange } from './channel-lock.ts';
import { insertStatements } from './insert-statements.ts';

/** What a new channel is made of. */
export interface CreateChannelInput {
  processId: string;
  settings: ChannelSettings;
  seedStatements: string[];
  seedLanguage: string;
}

/**
 * Creates a channel of a process with its seed statements (published at
 * once: the organiser wrote them) and records it in the audit log; answers its id.
 */
export async function createChannel(db: Db, actor: Actor, input: CreateChannelInput, timeZone: string, now: Date): Promise<string> {
  const id = newId();
  const timestamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    if (!(await findProcessById(trx, actor.organisationId, input.processId))) {
      throw refuse.invalid({ processId: { key: 'statements.validation.processUnknown' } });
    }
    const settings = await checkChannelSettings(trx, actor.organisationId, input.processId, input.settings, timeZone);
    await trx
      .insertInto('statement_channels')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: input.processId,
        ...settingsColumns(settings),
        next_statement_number: 0,
        next_participant_number: 0,
        inputs_version: 0,
        computed_version: 0,
        recompute_requested_at: null,
        compute_lease_until: null,
        computed_at: null,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
    const channel = await beginInputsChange(trx, actor.organisationId, id, now);
    const seeds = input.seedStatements.map((text) => ({
      text,
      language: input.seedLanguage,
      origin: 'seed' as const,
      status: 'published' as const,
      authorUserId: actor.userId,
      moderatedAt: timestamp,
    }));
    await insertStatements(trx, channel, seeds, now);
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'statements.channel.create',
        subjectType: 'statement_channel',
        subjectId: id,
        details: { processId: input.processId, question: settings.question.fi, seedStatements: seeds.length },
      },
      now,
    );
  });
  return id;
}
