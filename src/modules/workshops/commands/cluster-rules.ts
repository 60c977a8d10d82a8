import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { loadPrompt } from './load-prompt.ts';

/** Stages in which the facilitator may arrange a prompt's notes: while they arrive and while clustering. */
const ARRANGING_STAGES = ['writing', 'clustering'];

/** Throws 409 unless the prompt's notes may be arranged now (not during the vote or after it). */
export async function requireArranging(trx: Db, workshop: Workshop, promptId: string): Promise<void> {
  if (workshop.status !== 'open')
    throw refuse.conflict(workshop.kind === 'seminar' ? 'workshops.error.endedSeminar' : 'workshops.error.ended');
  const prompt = await loadPrompt(trx, workshop, promptId);
  if (!ARRANGING_STAGES.includes(prompt.stage)) throw refuse.conflict('workshops.cluster.stageClosed');
}

/** A note of this workshop (404 otherwise). */
export async function loadNote(trx: Db, workshop: Workshop, noteId: string) {
  const note = await trx
    .selectFrom('workshop_notes')
    .select(['id', 'prompt_id', 'group_id', 'cluster_id', 'merged_into_id', 'hidden_at'])
    .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
    .where('workshop_id', '=', workshop.id)
    .where('id', '=', noteId)
    .executeTakeFirst();
  if (!note) throw refuse.notFound();
  return note;
}

/** Throws 409 for a note the facilitator hid: it is shown again before it is moved, merged or merged into. */
export function requireShown(note: { hidden_at: string | null }): void {
  if (note.hidden_at !== null) throw refuse.conflict('workshops.note.hiddenArrange');
}

/** A cluster of this workshop (404 otherwise). */
export async function loadCluster(trx: Db, workshop: Workshop, clusterId: string) {
  const cluster = await trx
    .selectFrom('workshop_clusters')
    .select(['id', 'prompt_id', 'group_id', 'name'])
    .$call(inOrganisation(workshop.organisationId, 'workshop_clusters'))
    .where('workshop_id', '=', workshop.id)
    .where('id', '=', clusterId)
    .executeTakeFirst();
  if (!cluster) throw refuse.notFound();
  return cluster;
}

/** The ids of a note and of the duplicates merged into it: they move together. */
export async function noteWithDuplicates(trx: Db, workshop: Workshop, noteId: string): Promise<string[]> {
  const duplicates = await trx
    .selectFrom('workshop_notes')
    .select('id')
    .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
    .where('merged_into_id', '=', noteId)
    .execute();
  return [noteId, ...duplicates.map((row) => row.id)];
}
