import type { Insertable } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { newId } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { newJoinCode } from '../join-code.ts';
import { chosenAudienceIds } from '../model.ts';
import type { WorkshopSettings } from '../schemas.ts';
import type { WorkshopsTable } from '../tables.ts';
import { checkReferences } from './check-references.ts';

const CODE_ATTEMPTS = 5;

/** A room's settings, its template, and its host when another module opens it for someone. */
type RoomInput = WorkshopSettings & { template: string; hostUserId?: string | null };

/** The workshop's row as it is first written: open, on its first prompt. */
function workshopRow(
  id: string,
  actor: Actor,
  processId: string,
  input: RoomInput,
  firstPromptId: string | null,
  stamp: string,
): Insertable<WorkshopsTable> {
  return {
    id,
    organisation_id: actor.organisationId,
    process_id: processId,
    event_id: input.eventId,
    kind: input.kind,
    template: input.template,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    join_code: newJoinCode(),
    status: 'open',
    access: input.access,
    audience_ids: JSON.stringify(chosenAudienceIds(input.access, input.audienceIds)),
    note_names: input.noteNames,
    note_max_length: input.noteMaxLength,
    notes_hidden: input.notesHidden ? 1 : 0,
    dots_per_participant: input.dotsPerParticipant,
    results_public: input.resultsPublic ? 1 : 0,
    current_prompt_id: firstPromptId,
    locked: 0,
    timer_ends_at: null,
    version: 1,
    closed_at: null,
    created_at: stamp,
    updated_at: stamp,
    host_user_id: input.hostUserId ?? null,
  };
}

async function insertWorkshop(db: Db, actor: Actor, processId: string, input: RoomInput, now: Date): Promise<string> {
  const id = newId();
  const stamp = now.toISOString();
  const promptIds = input.prompts.map(() => newId());
  const write = async (trx: Db) => {
    await trx
      .insertInto('workshops')
      .values(workshopRow(id, actor, processId, input, promptIds[0] ?? null, stamp))
      .execute();
    for (const [index, prompt] of input.prompts.entries()) {
      await trx
        .insertInto('workshop_prompts')
        .values({
          id: promptIds[index]!,
          organisation_id: actor.organisationId,
          workshop_id: id,
          position: index,
          text: JSON.stringify(prompt.text),
          stage: 'pending',
          revealed: 0,
        })
        .execute();
    }
    for (const [index, group] of input.groups.entries()) {
      await trx
        .insertInto('workshop_groups')
        .values({ id: newId(), organisation_id: actor.organisationId, workshop_id: id, position: index, name: group.name })
        .execute();
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'workshops.workshop.create',
        subjectType: 'workshop',
        subjectId: id,
      },
      now,
    );
  };
  // In a caller's transaction (a module making the room with its own row) it writes there.
  await (db.isTransaction ? write(db) : db.transaction().execute(write));
  return id;
}

/**
 * Creates a workshop with its prompts and groups and a fresh join code. The
 * first prompt is the current one, waiting for the facilitator to open writing.
 * Given a transaction, it writes in it; a clash of codes there is refused (409)
 * rather than drawn again, since PostgreSQL cannot go on in that transaction.
 */
export async function createWorkshop(db: Db, actor: Actor, processId: string, input: RoomInput, now: Date): Promise<string> {
  const errors = await checkReferences(db, actor.organisationId, processId, input);
  if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
  // A clash of random codes is rare; another draw settles it.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await insertWorkshop(db, actor, processId, input, now);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= CODE_ATTEMPTS || db.isTransaction) throw refuse.conflict('workshops.error.codeClash');
    }
  }
}
