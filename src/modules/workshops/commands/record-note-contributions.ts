import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { recordContribution } from '../../contributions/index.ts';
import type { Workshop } from '../model.ts';

function countBy(values: Array<string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Records the notes as contributions (channel 'workshop'), with their prompt,
 * group, cluster and dots, in the caller's transaction. Called when a note is
 * written or edited, when clustering moves it, and when its prompt changes
 * stage (so the dots of a vote reach the corpus when the vote ends). Notes
 * the facilitator hid are left out (their contributions were deleted).
 */
export async function recordNoteContributions(
  trx: Db,
  workshop: Workshop,
  filter: { noteIds?: string[]; promptId?: string },
  now: Date,
): Promise<void> {
  if (filter.noteIds?.length === 0) return;
  let query = trx
    .selectFrom('workshop_notes')
    .innerJoin('workshop_participants', 'workshop_participants.id', 'workshop_notes.participant_id')
    .select([
      'workshop_notes.id',
      'workshop_notes.prompt_id',
      'workshop_notes.group_id',
      'workshop_notes.cluster_id',
      'workshop_notes.merged_into_id',
      'workshop_notes.text',
      'workshop_notes.language',
      'workshop_participants.user_id',
      'workshop_participants.id as participant_id',
    ])
    .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
    .where('workshop_notes.workshop_id', '=', workshop.id)
    // A note the facilitator hid is out of the corpus until it is shown again.
    .where('workshop_notes.hidden_at', 'is', null);
  if (filter.noteIds) query = query.where('workshop_notes.id', 'in', filter.noteIds);
  if (filter.promptId) query = query.where('workshop_notes.prompt_id', '=', filter.promptId);
  const notes = await query.execute();
  if (notes.length === 0) return;
  const scoped = <T extends string>(table: T) => inOrganisation(workshop.organisationId, table);
  // A few named notes (a note written, edited or moved) read only their own prompt, group, cluster and dots;
  // a whole prompt or workshop reads everything of the workshop at once.
  const named = filter.noteIds !== undefined;
  const idsOf = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => value !== null))];
  const promptIds = idsOf(notes.map((note) => note.prompt_id));
  const groupIds = idsOf(notes.map((note) => note.group_id));
  const clusterIds = idsOf(notes.map((note) => note.cluster_id));
  const noteIds = notes.map((note) => note.id);
  const [prompts, groups, clusters, votes] = await Promise.all([
    trx
      .selectFrom('workshop_prompts')
      .select(['id', 'text'])
      .$call(scoped('workshop_prompts'))
      .where('workshop_id', '=', workshop.id)
      .$if(named, (query) => query.where('id', 'in', promptIds))
      .execute(),
    named && groupIds.length === 0
      ? []
      : trx
          .selectFrom('workshop_groups')
          .select(['id', 'name'])
          .$call(scoped('workshop_groups'))
          .where('workshop_id', '=', workshop.id)
          .$if(named, (query) => query.where('id', 'in', groupIds))
          .execute(),
    named && clusterIds.length === 0
      ? []
      : trx
          .selectFrom('workshop_clusters')
          .select(['id', 'name'])
          .$call(scoped('workshop_clusters'))
          .where('workshop_id', '=', workshop.id)
          .$if(named, (query) => query.where('id', 'in', clusterIds))
          .execute(),
    trx
      .selectFrom('workshop_votes')
      .select(['note_id', 'cluster_id'])
      .$call(scoped('workshop_votes'))
      .where('workshop_id', '=', workshop.id)
      .$if(named, (query) =>
        query.where((eb) => eb.or([eb('note_id', 'in', noteIds), ...(clusterIds.length > 0 ? [eb('cluster_id', 'in', clusterIds)] : [])])),
      )
      .execute(),
  ]);
  const noteVotes = countBy(votes.map((vote) => vote.note_id));
  const clusterVotes = countBy(votes.map((vote) => vote.cluster_id));
  for (const note of notes) {
    const prompt = prompts.find((row) => row.id === note.prompt_id);
    const cluster = clusters.find((row) => row.id === note.cluster_id);
    await recordContribution(
      trx,
      {
        organisationId: workshop.organisationId,
        processId: workshop.processId,
        channel: 'workshop',
        sourceType: 'workshop_note',
        sourceId: note.id,
        authorUserId: workshop.noteNames === 'named' ? note.user_id : null,
        participantKey: note.participant_id,
        language: note.language,
        text: note.text,
        metadata: {
          workshopId: workshop.id,
          workshopKind: workshop.kind,
          promptId: note.prompt_id,
          prompt: parseJsonColumn<LocalizedText>(prompt?.text, { fi: '' }).fi,
          groupId: note.group_id,
          group: groups.find((row) => row.id === note.group_id)?.name ?? null,
          clusterId: cluster?.id ?? null,
          cluster: cluster?.name ?? null,
          mergedIntoNoteId: note.merged_into_id,
          votes: noteVotes.get(note.id) ?? 0,
          clusterVotes: cluster ? (clusterVotes.get(cluster.id) ?? 0) : 0,
        },
      },
      now,
    );
  }
}
