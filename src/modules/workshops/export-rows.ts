import { localize } from '../../platform/i18n/locales.ts';
import type { WorkshopState } from './model.ts';

/** One note as a row of the CSV export. */
export interface ExportRow {
  prompt_position: number;
  prompt: string;
  prompt_stage: string;
  group: string;
  cluster: string;
  cluster_votes: number | string;
  note_id: string;
  note: string;
  author_name: string;
  note_votes: number;
  merged_into_note_id: string;
  language: string;
  created_at: string;
  updated_at: string;
  /** When the facilitator hid the note from the room ('' while shown). */
  hidden_at: string;
}

/** The CSV's columns, in order (the header even when there are no notes). */
export const EXPORT_COLUMNS: Array<keyof ExportRow> = [
  'prompt_position',
  'prompt',
  'prompt_stage',
  'group',
  'cluster',
  'cluster_votes',
  'note_id',
  'note',
  'author_name',
  'note_votes',
  'merged_into_note_id',
  'language',
  'created_at',
  'updated_at',
  'hidden_at',
];

/**
 * Every note of a workshop, losslessly, with its prompt, group, cluster and
 * dots: the facilitator's view (notes hidden until revealed included, and
 * notes the facilitator hid from the room, with `hidden_at`). Names appear only in
 * sessions with named notes.
 */
export function exportRows(state: WorkshopState): ExportRow[] {
  const noteVotes = new Map<string, number>();
  const clusterVotes = new Map<string, number>();
  for (const vote of state.votes) {
    if (vote.noteId) noteVotes.set(vote.noteId, (noteVotes.get(vote.noteId) ?? 0) + 1);
    if (vote.clusterId) clusterVotes.set(vote.clusterId, (clusterVotes.get(vote.clusterId) ?? 0) + 1);
  }
  const promptOrder = new Map(state.prompts.map((prompt) => [prompt.id, prompt.position]));
  const notes = [...state.notes].sort(
    (a, b) =>
      (promptOrder.get(a.promptId) ?? 0) - (promptOrder.get(b.promptId) ?? 0) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
  return notes.map((note) => {
    const prompt = state.prompts.find((row) => row.id === note.promptId);
    const cluster = state.clusters.find((row) => row.id === note.clusterId);
    return {
      prompt_position: (prompt?.position ?? 0) + 1,
      prompt: localize(prompt?.text, 'fi'),
      prompt_stage: prompt?.stage ?? '',
      group: state.groups.find((group) => group.id === note.groupId)?.name ?? '',
      cluster: cluster?.name ?? '',
      cluster_votes: cluster ? (clusterVotes.get(cluster.id) ?? 0) : '',
      note_id: note.id,
      note: note.text,
      author_name: state.workshop.noteNames === 'named' ? (note.authorName ?? '') : '',
      note_votes: noteVotes.get(note.id) ?? 0,
      merged_into_note_id: note.mergedIntoId ?? '',
      language: note.language,
      created_at: note.createdAt,
      updated_at: note.updatedAt,
      hidden_at: note.hiddenAt ?? '',
    };
  });
}
