import { liveCalendar, liveState } from '../../demo/rauma-live.ts';
import { newId } from '../../platform/db/ids.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { toAnswerRows } from './answer-rows.ts';
import { createSurvey } from './commands/create-survey.ts';
import { recordAnswerContributions } from './commands/record-answer-contributions.ts';
import { saveQuestion } from './commands/save-question.ts';
import { saveSection } from './commands/save-section.ts';
import { type DemoQuestion, type DemoSurvey, demoSurveys } from './demo-content.ts';
import { liveSurvey } from './demo-live.ts';
import { generateRespondents } from './demo-responses.ts';
import type { SurveyDefinition } from './model.ts';
import { findSurveyDefinition } from './queries/find-survey.ts';
import { questionSchema } from './schemas.ts';

const ROWS_PER_INSERT = 500;

function questionInput(sectionId: string, question: DemoQuestion) {
  return questionSchema.parse({
    sectionId,
    type: question.type,
    text: question.text,
    required: question.required ?? false,
    background: question.background ?? null,
    choices: (question.choices ?? []).map((label) => ({ label })),
    allowOther: question.allowOther ?? false,
    maxPicks: question.maxPicks,
    scaleMin: question.scale?.min,
    scaleMax: question.scale?.max,
    minLabel: question.scale?.minLabel,
    maxLabel: question.scale?.maxLabel,
  });
}

/** The process a demo survey belongs to, its phases by key, and who made it. */
interface SurveyOwner {
  organisationId: string;
  processId: string;
  phaseIds: Record<string, string>;
  actorUserId: string | null;
}

async function buildSurvey(
  context: AppContext,
  { phaseIds, ...owner }: SurveyOwner,
  demo: DemoSurvey,
): Promise<{ definition: SurveyDefinition; keys: Map<string, string> }> {
  const organisationId = owner.organisationId;
  const now = context.clock.now();
  const surveyId = await createSurvey(
    context.db,
    owner,
    {
      title: demo.title,
      description: demo.description,
      phaseId: phaseIds[demo.phaseKey] ?? null,
      opensAt: demo.opensAt,
      closesAt: demo.closesAt,
      audience: 'anyone',
      audienceIds: [],
      anonymous: true,
      resultsPublic: demo.resultsPublic,
      status: 'published',
    },
    now,
  );
  const keys = new Map<string, string>();
  for (const [index, section] of demo.sections.entries()) {
    let definition = (await findSurveyDefinition(context.db, organisationId, surveyId)) as SurveyDefinition;
    const sectionId =
      index === 0
        ? (definition.sections[0]?.id ?? '')
        : await saveSection(context.db, definition, null, { title: section.title, description: { fi: '' } }, owner.actorUserId, now);
    if (index === 0)
      await saveSection(context.db, definition, sectionId, { title: section.title, description: { fi: '' } }, owner.actorUserId, now);
    for (const question of section.questions) {
      definition = (await findSurveyDefinition(context.db, organisationId, surveyId)) as SurveyDefinition;
      keys.set(question.key, await saveQuestion(context.db, definition, null, questionInput(sectionId, question), owner.actorUserId, now));
    }
  }
  return { definition: (await findSurveyDefinition(context.db, organisationId, surveyId)) as SurveyDefinition, keys };
}

async function insertResponses(
  context: AppContext,
  definition: SurveyDefinition,
  keys: Map<string, string>,
  demo: DemoSurvey,
  seed: number,
) {
  const now = context.clock.now();
  // A survey still open has its answers from its opening up to now, none from the future.
  const respondents = generateRespondents(definition, keys, demo.responses, seed).map((respondent) => ({
    ...respondent,
    submittedAt: beforeNow(respondent.submittedAt, demo.opensAt, now),
  }));
  const { survey } = definition;
  await context.db.transaction().execute(async (trx) => {
    const responses = respondents.map((respondent, index) => ({ id: newId(), respondent, browserKey: `demo-${survey.id}-${index}` }));
    for (let start = 0; start < responses.length; start += 200) {
      const rows = responses.slice(start, start + 200).map(({ id, respondent, browserKey }) => ({
        id,
        organisation_id: survey.organisationId,
        survey_id: survey.id,
        user_id: null,
        browser_key: browserKey,
        idempotency_key: null,
        status: 'submitted' as const,
        locale: respondent.locale,
        draft: null,
        created_at: respondent.submittedAt,
        updated_at: respondent.submittedAt,
        submitted_at: respondent.submittedAt,
      }));
      await trx.insertInto('survey_responses').values(rows).execute();
    }
    const answerRows = responses.flatMap(({ id, respondent }) => toAnswerRows(definition, id, respondent.answers));
    for (let start = 0; start < answerRows.length; start += ROWS_PER_INSERT) {
      await trx
        .insertInto('survey_answers')
        .values(answerRows.slice(start, start + ROWS_PER_INSERT))
        .execute();
    }
    const contributions = responses.map(({ id, respondent, browserKey }) => ({
      responseId: id,
      respondent: { userId: null, browserKey },
      answers: respondent.answers,
      locale: respondent.locale,
      edited: false,
      at: new Date(respondent.submittedAt),
    }));
    await recordAnswerContributions(trx, definition, contributions, context.clock.now());
  });
}

/** An answer time moved into the time between the survey's opening and now (unchanged when already before now). */
function beforeNow(submittedAt: string, opensAt: string, now: Date): string {
  const at = Date.parse(submittedAt);
  if (at < now.getTime()) return submittedAt;
  const opened = Date.parse(opensAt);
  const span = Math.max(1, now.getTime() - opened);
  return new Date(opened + ((at - opened) % span)).toISOString();
}

/**
 * Rauma's two surveys of 2013, "Rauma's story today" (closed, results
 * published) and "Rauma's story in the future" (still open, so the demo can
 * be answered), with a few hundred generated responses each; and the live
 * round's survey "Rauma's story now", open from its launch to the end of the
 * voices phase, with answers given between its opening and the seed day.
 */
export async function seedSurveysDemo(context: AppContext, state: DemoState): Promise<void> {
  if (!state.organisationId || !state.processId) throw new Error('the surveys demo needs the organisation and process demos first');
  const surveyIds: Record<string, string> = {};
  const owner = {
    organisationId: state.organisationId,
    processId: state.processId,
    phaseIds: (state.phaseIdsByKey ?? {}) as Record<string, string>,
    actorUserId: state.adminUserId ?? null,
  };
  for (const [index, demo] of demoSurveys.entries()) {
    const { definition, keys } = await buildSurvey(context, owner, demo);
    await insertResponses(context, definition, keys, demo, 2013 + index);
    surveyIds[demo.key] = definition.survey.id;
  }
  state.surveyIds = surveyIds;
  const live = liveState(state);
  const demo = liveSurvey(liveCalendar(context.clock.now()));
  const liveOwner = { ...owner, processId: live.processId, phaseIds: live.phaseIdsByKey };
  const { definition, keys } = await buildSurvey(context, liveOwner, demo);
  await insertResponses(context, definition, keys, demo, 2030);
  live.surveyId = definition.survey.id;
}
