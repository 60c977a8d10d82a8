import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Choice, Question, QuestionCondition, QuestionSettings, Survey, SurveyDefinition } from '../model.ts';
import type { SurveyChoicesTable, SurveyQuestionsTable, SurveysTable } from '../tables.ts';
import '../tables.ts';

const EMPTY_TEXT: LocalizedText = { fi: '' };

/** What an id may look like; anything else cannot name a row and answers 404 without a query. */
export function isPlausibleId(value: string): boolean {
  return value.length <= 64 && /^[A-Za-z0-9-]+$/.test(value);
}

/** Shapes a surveys row. */
export function toSurvey(row: SurveysTable): Survey {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    processId: row.process_id,
    phaseId: row.phase_id,
    title: parseJsonColumn<LocalizedText>(row.title, EMPTY_TEXT),
    description: parseJsonColumn<LocalizedText>(row.description, EMPTY_TEXT),
    status: row.status,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    audience: row.audience,
    audienceIds: parseJsonColumn<string[]>(row.audience_ids, []),
    anonymous: row.anonymous === 1,
    resultsPublic: row.results_public === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toChoice(row: SurveyChoicesTable): Choice {
  return {
    id: row.id,
    code: row.code,
    position: row.position,
    label: parseJsonColumn<LocalizedText>(row.label, EMPTY_TEXT),
    removed: row.removed_at !== null,
  };
}

function toQuestion(row: SurveyQuestionsTable, choices: Choice[]): Question {
  return {
    id: row.id,
    sectionId: row.section_id,
    code: row.code,
    position: row.position,
    type: row.type,
    text: parseJsonColumn<LocalizedText>(row.text, EMPTY_TEXT),
    help: parseJsonColumn<LocalizedText>(row.help, EMPTY_TEXT),
    required: row.required === 1,
    background: row.background,
    settings: parseJsonColumn<QuestionSettings>(row.settings, {}),
    condition: parseJsonColumn<QuestionCondition | null>(row.condition, null),
    removed: row.removed_at !== null,
    choices,
  };
}

/** The organisation's survey with this id (settings only), or undefined. */
export async function findSurvey(db: Db, organisationId: string, surveyId: string): Promise<Survey | undefined> {
  if (!isPlausibleId(surveyId)) return undefined;
  const row = await db
    .selectFrom('surveys')
    .selectAll()
    .$call(inOrganisation(organisationId, 'surveys'))
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row ? toSurvey(row) : undefined;
}

/** A survey with its sections, questions and choices: four queries whatever its size. */
export async function findSurveyDefinition(db: Db, organisationId: string, surveyId: string): Promise<SurveyDefinition | undefined> {
  const survey = await findSurvey(db, organisationId, surveyId);
  if (!survey) return undefined;
  const [sectionRows, questionRows, choiceRows] = await Promise.all([
    db
      .selectFrom('survey_sections')
      .selectAll()
      .$call(inOrganisation(organisationId, 'survey_sections'))
      .where('survey_id', '=', surveyId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('survey_questions')
      .selectAll()
      .$call(inOrganisation(organisationId, 'survey_questions'))
      .where('survey_id', '=', surveyId)
      .orderBy('position')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('survey_choices')
      .selectAll()
      .$call(inOrganisation(organisationId, 'survey_choices'))
      .where('survey_id', '=', surveyId)
      .orderBy('position')
      .execute(),
  ]);
  const sections = sectionRows.map((row) => ({
    id: row.id,
    position: row.position,
    title: parseJsonColumn<LocalizedText>(row.title, EMPTY_TEXT),
    description: parseJsonColumn<LocalizedText>(row.description, EMPTY_TEXT),
  }));
  const sectionOrder = new Map(sections.map((section, index) => [section.id, index]));
  const questions = questionRows
    .map((row) => toQuestion(row, choiceRows.filter((choice) => choice.question_id === row.id).map(toChoice)))
    .sort((a, b) => (sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0) || a.position - b.position);
  return { survey, sections, questions };
}
