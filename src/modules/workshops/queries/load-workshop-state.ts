import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { toPrompt, type WorkshopState } from '../model.ts';
import { findWorkshop } from './find-workshop.ts';

/**
 * Everything of one workshop in a handful of queries (no JSON in SQL): live
 * rooms load this once per flush and cut each viewer's projection from it.
 */
export async function loadWorkshopState(db: Db, organisationId: string, workshopId: string): Promise<WorkshopState | undefined> {
  const workshop = await findWorkshop(db, organisationId, workshopId);
  if (!workshop) return undefined;
  const [prompts, groups, clusters, notes, votes, outcome, participants] = await Promise.all([
    db
      .selectFrom('workshop_prompts')
      .select(['id', 'position', 'text', 'stage', 'revealed'])
      .$call(inOrganisation(organisationId, 'workshop_prompts'))
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('workshop_groups')
      .select(['id', 'position', 'name'])
      .$call(inOrganisation(organisationId, 'workshop_groups'))
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('workshop_clusters')
      .select(['id', 'prompt_id', 'group_id', 'name', 'position'])
      .$call(inOrganisation(organisationId, 'workshop_clusters'))
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('workshop_notes')
      .select([
        'id',
        'prompt_id',
        'group_id',
        'participant_id',
        'cluster_id',
        'merged_into_id',
        'text',
        'author_name',
        'language',
        'hidden_at',
        'created_at',
        'updated_at',
      ])
      .$call(inOrganisation(organisationId, 'workshop_notes'))
      .where('workshop_id', '=', workshopId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('workshop_votes')
      .select(['participant_id', 'prompt_id', 'note_id', 'cluster_id'])
      .$call(inOrganisation(organisationId, 'workshop_votes'))
      .where('workshop_id', '=', workshopId)
      .execute(),
    db
      .selectFrom('workshop_outcomes')
      .select(['id', 'position', 'text', 'cluster_id'])
      .$call(inOrganisation(organisationId, 'workshop_outcomes'))
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('workshop_participants')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .$call(inOrganisation(organisationId, 'workshop_participants'))
      .where('workshop_id', '=', workshopId)
      .executeTakeFirst(),
  ]);
  return {
    workshop,
    prompts: prompts.map(toPrompt),
    groups,
    clusters: clusters.map((row) => ({
      id: row.id,
      promptId: row.prompt_id,
      groupId: row.group_id,
      name: row.name,
      position: row.position,
    })),
    notes: notes.map((row) => ({
      id: row.id,
      promptId: row.prompt_id,
      groupId: row.group_id,
      participantId: row.participant_id,
      clusterId: row.cluster_id,
      mergedIntoId: row.merged_into_id,
      text: row.text,
      authorName: row.author_name,
      language: row.language,
      hiddenAt: row.hidden_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    votes: votes.map((row) => ({
      participantId: row.participant_id,
      promptId: row.prompt_id,
      noteId: row.note_id,
      clusterId: row.cluster_id,
    })),
    outcome: outcome.map((row) => ({ id: row.id, position: row.position, text: row.text, clusterId: row.cluster_id })),
    participantCount: Number(participants?.count ?? 0),
  };
}
