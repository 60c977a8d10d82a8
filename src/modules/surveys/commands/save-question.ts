import type { Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { Database } from '../../../platform/db/schema.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { hasChoices, type Question, type SurveyDefinition } from '../model.ts';
import { hasResponses, isAnswered } from '../queries/has-answers.ts';
import type { QuestionInput } from '../schemas.ts';
import { checkChoiceIds, conditionOf, confirmRequired, nextChoiceNumber, settingsOf } from './question-rules.ts';

type Trx = Transaction<Database>;

interface Placement {
  sectionId: string;
  position: number;
}

async function takeQuestionCode(trx: Trx, definition: SurveyDefinition): Promise<string> {
  const { survey } = definition;
  // The increment first: on PostgreSQL it locks the survey row, so two editors never take the same code.
  await trx
    .updateTable('surveys')
    .set((eb) => ({ next_code: eb('next_code', '+', 1) }))
    .where('id', '=', survey.id)
    .execute();
  const row = await trx
    .selectFrom('surveys')
    .select('next_code')
    .$call(inOrganisation(survey.organisationId, 'surveys'))
    .where('id', '=', survey.id)
    .executeTakeFirstOrThrow();
  return `q${row.next_code - 1}`;
}

async function insertQuestion(trx: Trx, definition: SurveyDefinition, input: QuestionInput, placement: Placement, now: string) {
  const id = newId();
  await trx
    .insertInto('survey_questions')
    .values({
      id,
      organisation_id: definition.survey.organisationId,
      survey_id: definition.survey.id,
      section_id: placement.sectionId,
      code: await takeQuestionCode(trx, definition),
      position: placement.position,
      type: input.type,
      text: JSON.stringify(input.text),
      help: JSON.stringify(input.help),
      required: input.required ? 1 : 0,
      background: input.background,
      settings: JSON.stringify(settingsOf(input)),
      condition: JSON.stringify(conditionOf(definition, input, { id: null, ...placement })),
      removed_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await syncChoices(trx, definition, { id, existing: undefined, input, answeredChoiceIds: new Set(), now });
  return id;
}

async function syncChoices(
  trx: Trx,
  definition: SurveyDefinition,
  target: { id: string; existing: Question | undefined; input: QuestionInput; answeredChoiceIds: Set<string>; now: string },
) {
  const { id, existing, input } = target;
  const wanted = hasChoices(input.type) ? input.choices : [];
  const keep = new Set(wanted.flatMap((choice) => (choice.id ? [choice.id] : [])));
  let next = nextChoiceNumber(existing);
  for (const choice of existing?.choices ?? []) {
    if (keep.has(choice.id) || choice.removed) continue;
    const org = definition.survey.organisationId;
    const scope = trx
      .updateTable('survey_choices')
      .$call(inOrganisation(org, 'survey_choices'))
      .where('id', '=', choice.id)
      .where('question_id', '=', id);
    if (target.answeredChoiceIds.has(choice.id)) await scope.set({ removed_at: target.now }).execute();
    else
      await trx
        .deleteFrom('survey_choices')
        .$call(inOrganisation(org, 'survey_choices'))
        .where('id', '=', choice.id)
        .where('question_id', '=', id)
        .execute();
  }
  for (const [position, choice] of wanted.entries()) {
    if (choice.id) {
      await trx
        .updateTable('survey_choices')
        .$call(inOrganisation(definition.survey.organisationId, 'survey_choices'))
        .set({ label: JSON.stringify(choice.label), position, removed_at: null })
        .where('id', '=', choice.id)
        .where('question_id', '=', id)
        .execute();
      continue;
    }
    await trx
      .insertInto('survey_choices')
      .values({
        id: newId(),
        organisation_id: definition.survey.organisationId,
        survey_id: definition.survey.id,
        question_id: id,
        code: `c${next++}`,
        position,
        label: JSON.stringify(choice.label),
        removed_at: null,
      })
      .execute();
  }
}

async function answeredChoices(db: Db, definition: SurveyDefinition, existing: Question, input: QuestionInput): Promise<Set<string>> {
  const kept = new Set(input.choices.flatMap((choice) => (choice.id ? [choice.id] : [])));
  const dropped = existing.choices.filter((choice) => !choice.removed && !kept.has(choice.id));
  const answered = new Set<string>();
  for (const choice of dropped) {
    if (await isAnswered(db, definition.survey, existing.id, choice.id)) answered.add(choice.id);
  }
  return answered;
}

function placementOf(definition: SurveyDefinition, existing: Question | undefined, sectionId: string): Placement {
  if (existing && existing.sectionId === sectionId) return { sectionId, position: existing.position };
  const positions = definition.questions.filter((question) => question.sectionId === sectionId).map((question) => question.position);
  return { sectionId, position: Math.max(-1, ...positions) + 1 };
}

/**
 * Adds a question, or changes one. Once a survey has answers, a new question
 * must be optional; removing answered choices or changing an answered
 * question's type needs `confirm`, and then archives the old question or
 * choices (their answers stay in results and exports) instead of deleting them.
 */
export async function saveQuestion(
  db: Db,
  definition: SurveyDefinition,
  questionId: string | null,
  input: QuestionInput,
  actorUserId: string | null,
  now: Date,
): Promise<string> {
  const existing = questionId ? definition.questions.find((question) => question.id === questionId && !question.removed) : undefined;
  if (questionId && !existing) throw refuse.notFound();
  if (!definition.sections.some((section) => section.id === input.sectionId))
    throw refuse.invalid({ sectionId: { key: 'platform.validation.choice' } });
  checkChoiceIds(existing, input);
  const placement = placementOf(definition, existing, input.sectionId);
  conditionOf(definition, input, { id: existing?.id ?? null, ...placement });
  const answered = existing ? await isAnswered(db, definition.survey, existing.id) : false;
  if (!existing && input.required && (await hasResponses(db, definition.survey))) {
    throw refuse.invalid({ required: { key: 'surveys.builder.requiredAfterAnswers' } });
  }
  const retype = existing !== undefined && answered && existing.type !== input.type;
  const answeredChoiceIds = existing && answered && !retype ? await answeredChoices(db, definition, existing, input) : new Set<string>();
  if ((retype || answeredChoiceIds.size > 0) && !input.confirm) throw confirmRequired();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    let id: string;
    if (!existing || retype) {
      if (existing) await archiveQuestion(trx, definition.survey.organisationId, existing, stamp);
      id = await insertQuestion(
        trx,
        definition,
        retype ? { ...input, choices: input.choices.map((c) => ({ label: c.label })) } : input,
        placement,
        stamp,
      );
    } else {
      id = existing.id;
      await updateQuestion(trx, definition, existing, input, placement, stamp);
      await syncChoices(trx, definition, { id, existing, input, answeredChoiceIds, now: stamp });
    }
    await recordAudit(
      trx,
      {
        organisationId: definition.survey.organisationId,
        actorUserId,
        action: 'surveys.question.save',
        subjectType: 'survey_question',
        subjectId: id,
        details: { retype },
      },
      now,
    );
    return id;
  });
}

async function archiveQuestion(trx: Trx, organisationId: string, question: Question, stamp: string) {
  await trx
    .updateTable('survey_questions')
    .set({ removed_at: stamp, updated_at: stamp })
    .$call(inOrganisation(organisationId, 'survey_questions'))
    .where('id', '=', question.id)
    .execute();
}

async function updateQuestion(
  trx: Trx,
  definition: SurveyDefinition,
  existing: Question,
  input: QuestionInput,
  placement: Placement,
  stamp: string,
) {
  await trx
    .updateTable('survey_questions')
    .set({
      section_id: placement.sectionId,
      position: placement.position,
      type: input.type,
      text: JSON.stringify(input.text),
      help: JSON.stringify(input.help),
      required: input.required ? 1 : 0,
      background: input.background,
      settings: JSON.stringify(settingsOf(input)),
      condition: JSON.stringify(conditionOf(definition, input, { id: existing.id, ...placement })),
      updated_at: stamp,
    })
    .where('id', '=', existing.id)
    .$call(inOrganisation(definition.survey.organisationId, 'survey_questions'))
    .execute();
}
