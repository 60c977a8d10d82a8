import type { Db } from '../../../platform/db/database.ts';
import { recordContributions, type TimedContributionInput } from '../../contributions/index.ts';
import type { Round } from '../model.ts';
import { questionsOf } from '../presenters.ts';
import type { RoundCommunity } from '../queries/round-communities.ts';

/** What one held record gives the corpus: its answers and commitments, and the commitments removed from it. */
export interface RecordContributions {
  round: Round;
  community: Pick<RoundCommunity, 'id' | 'path'>;
  recordId: string;
  answers: readonly string[];
  commitments: ReadonlyArray<{ id: string; what: string; whoRole: string; dueOn: string | null }>;
  /** Commitments taken off the record: their contributions go too. */
  removed?: readonly string[];
  locale: string;
  /** When it was given, if not now (the demo). */
  at?: Date;
}

/**
 * The contributions of a held record (channel 'dialogue'): each answer, and each commitment.
 * No author: a record speaks for its work community, and the public sees it without it; the
 * unit travels in the metadata. An emptied answer or a removed commitment stops being one.
 */
export function dialogueContributions(input: RecordContributions): TimedContributionInput[] {
  const common = {
    organisationId: input.round.organisationId,
    processId: input.round.processId,
    channel: 'dialogue' as const,
    authorUserId: null,
    participantKey: input.recordId,
    language: input.locale,
    ...(input.at ? { at: input.at } : {}),
  };
  const metadata = { roundId: input.round.id, workCommunityId: input.community.id, unitPath: input.community.path };
  const questions = questionsOf(input.round);
  return [
    ...input.answers.map((text, index) => ({
      ...common,
      sourceType: 'dialogue_answer',
      sourceId: `${input.recordId}:${index}`,
      text,
      metadata: { ...metadata, questionIndex: index, question: questions[index]?.fi ?? '' },
    })),
    ...input.commitments.map((commitment) => ({
      ...common,
      sourceType: 'dialogue_commitment',
      sourceId: commitment.id,
      text: commitment.what,
      metadata: { ...metadata, whoRole: commitment.whoRole, dueOn: commitment.dueOn },
    })),
    ...(input.removed ?? []).map((id) => ({ ...common, sourceType: 'dialogue_commitment', sourceId: id, text: '', metadata })),
  ];
}

/** Records a held record's contributions in the caller's transaction (one multi-row write). */
export async function recordDialogueContributions(db: Db, input: RecordContributions, now: Date): Promise<void> {
  await recordContributions(db, dialogueContributions(input), now);
}
