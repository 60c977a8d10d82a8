import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** What another module may read of a room: its join code and status, how many joined, and the shown notes of each prompt. */
export interface WorkshopNotes {
  id: string;
  joinCode: string;
  status: 'open' | 'closed';
  participants: number;
  /** By the prompt's position: the texts of its notes the facilitator has not hidden, oldest first. */
  prompts: Array<{ position: number; notes: string[] }>;
}

/**
 * The notes of a workshop room by prompt, for a module that created the room through this
 * index (the dialogues' live rooms): three queries, in the organisation only; undefined when the
 * room is unknown or foreign. Hidden notes are left out, as the room's own walls leave them out.
 */
export async function readWorkshopNotes(db: Db, organisationId: string, workshopId: string): Promise<WorkshopNotes | undefined> {
  const workshop = await db
    .selectFrom('workshops')
    .select(['id', 'join_code', 'status'])
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('id', '=', workshopId)
    .executeTakeFirst();
  if (!workshop) return undefined;
  const joined = await db
    .selectFrom('workshop_participants')
    .select(sql<number>`count(*)`.as('count'))
    .$call(inOrganisation(organisationId, 'workshop_participants'))
    .where('workshop_id', '=', workshopId)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('workshop_notes')
    .innerJoin('workshop_prompts', 'workshop_prompts.id', 'workshop_notes.prompt_id')
    .select(['workshop_prompts.position', 'workshop_notes.text'])
    .$call(inOrganisation(organisationId, 'workshop_notes'))
    .where('workshop_notes.workshop_id', '=', workshopId)
    .where('workshop_notes.hidden_at', 'is', null)
    .orderBy('workshop_prompts.position')
    .orderBy('workshop_notes.created_at')
    .orderBy('workshop_notes.id')
    .execute();
  const prompts = new Map<number, string[]>();
  for (const row of rows) prompts.set(row.position, [...(prompts.get(row.position) ?? []), row.text]);
  return {
    id: workshop.id,
    joinCode: workshop.join_code,
    status: workshop.status === 'closed' ? 'closed' : 'open',
    participants: Number(joined.count),
    prompts: [...prompts].map(([position, notes]) => ({ position, notes })),
  };
}
