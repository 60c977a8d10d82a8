import { z } from 'zod';
import type { Commitment, DialogueRecord, Round } from './model.ts';
import { linesOf } from './schemas.ts';

const localizedTextResponse = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A round as the API answers it: the guide, its questions one by one, the units it is for and its dates. */
export const roundResponseSchema = z.object({
  id: z.string(),
  processId: z.string(),
  phaseId: z.string().nullable(),
  title: localizedTextResponse,
  groundRules: localizedTextResponse,
  questions: z.array(localizedTextResponse),
  material: localizedTextResponse,
  facilitatorNotes: localizedTextResponse,
  unitIds: z.array(z.string()),
  opensOn: z.string(),
  dueOn: z.string(),
});

/** The round's questions one by one, each in the languages given (a line of each language's text). */
export function questionsOf(round: Pick<Round, 'questions'>): Array<{ fi: string; sv?: string; en?: string }> {
  const fi = linesOf(round.questions.fi);
  const sv = linesOf(round.questions.sv);
  const en = linesOf(round.questions.en);
  return fi.map((text, index) => ({
    fi: text,
    ...(sv[index] ? { sv: sv[index] } : {}),
    ...(en[index] ? { en: en[index] } : {}),
  }));
}

/** A round in the API's shape. */
export function presentRound(round: Round): z.input<typeof roundResponseSchema> {
  return {
    id: round.id,
    processId: round.processId,
    phaseId: round.phaseId,
    title: round.title,
    groundRules: round.groundRules,
    questions: questionsOf(round),
    material: round.material,
    facilitatorNotes: round.facilitatorNotes,
    unitIds: round.unitIds,
    opensOn: round.opensOn,
    dueOn: round.dueOn,
  };
}

/** A work community's record as the API answers it, with its commitments. */
export const recordResponseSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  workCommunityId: z.string(),
  status: z.enum(['under_way', 'held']),
  heldOn: z.string().nullable(),
  participants: z.number().int().nullable(),
  answers: z.array(z.string()),
  late: z.boolean(),
  visibility: z.enum(['unit', 'public']),
  submittedAt: z.string().nullable(),
  /** The workshop room of a dialogue held live (null when recorded afterwards). */
  workshopId: z.string().nullable(),
  commitments: z.array(
    z.object({
      id: z.string(),
      what: z.string(),
      whoRole: z.string(),
      dueOn: z.string().nullable(),
      status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
      /** The goals module's unit objective it is followed up under (null: none). */
      objectiveId: z.string().nullable(),
    }),
  ),
});

/** A record in the API's shape. */
export function presentRecord(record: DialogueRecord, commitments: readonly Commitment[]): z.input<typeof recordResponseSchema> {
  return {
    id: record.id,
    roundId: record.roundId,
    workCommunityId: record.workCommunityId,
    status: record.status,
    heldOn: record.heldOn,
    participants: record.participants,
    answers: record.answers,
    late: record.late,
    visibility: record.visibility,
    submittedAt: record.submittedAt,
    workshopId: record.workshopId,
    commitments: commitments.map((commitment) => ({
      id: commitment.id,
      what: commitment.what,
      whoRole: commitment.whoRole,
      dueOn: commitment.dueOn,
      status: commitment.status,
      objectiveId: commitment.objectiveId,
    })),
  };
}
