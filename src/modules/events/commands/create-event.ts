import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';
import type { EventInput } from '../schemas.ts';
import { checkEventReferences, eventColumns, eventInstants, replaceAudience } from './event-checks.ts';

/** A new event takes no registrations until its settings say otherwise. */
const REGISTRATION_OFF = {
  registration_mode: 'none',
  capacity: null,
  quota_attribute: 'none',
  registration_deadline: null,
  quota_release_at: null,
  quotas_released_at: null,
  answers_retention_days: 30,
  answers_purged_at: null,
  sequence: 0,
  registration_seq: 0,
} as const;

/** Creates an event of a process; answers its id. */
export async function createEvent(
  db: Db,
  actor: Actor,
  processId: string,
  input: EventInput,
  timeZone: string,
  now: Date,
): Promise<string> {
  const instants = eventInstants(input, timeZone);
  await checkEventReferences(db, actor.organisationId, processId, input);
  const id = newId();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('events')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: processId,
        ...eventColumns(input, instants),
        ...REGISTRATION_OFF,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await replaceAudience(trx, actor.organisationId, id, input);
    const details = { processId, title: input.title.fi, startsAt: instants.startsAt };
    const entry = {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'events.event.create',
      subjectType: 'event',
      subjectId: id,
      details,
    };
    await recordAudit(trx, entry, now);
    // The process timeline links its items to their events, and it is served from the render cache.
    await bumpPageVersion(trx, actor.organisationId);
  });
  return id;
}
