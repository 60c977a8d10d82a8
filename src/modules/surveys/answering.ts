import { refuse } from '../../platform/domain/refusal.ts';
import { type Answers, isQuestionShown, type Question, questionsOfSection, type SurveyDefinition } from './model.ts';

/**
 * The questions a section's page shows: those whose condition is met, and
 * those conditional on a question of the same page (a page without JavaScript
 * cannot hide them live, so they carry a note and are dropped if not applicable).
 */
export function questionsOnPage(definition: SurveyDefinition, sectionId: string, answers: Answers): Question[] {
  const onPage = questionsOfSection(definition, sectionId);
  const ids = new Set(onPage.map((question) => question.id));
  return onPage.filter(
    (question) => (question.condition && ids.has(question.condition.questionId)) || isQuestionShown(definition, question, answers),
  );
}

/** The index of the next (step 1) or previous (step -1) section with something to show, or -1 when there is none. */
export function neighbourSection(definition: SurveyDefinition, answers: Answers, from: number, step: 1 | -1): number {
  for (let index = from + step; index >= 0 && index < definition.sections.length; index += step) {
    const section = definition.sections[index];
    if (section && questionsOnPage(definition, section.id, answers).length > 0) return index;
  }
  return -1;
}

/** The first section holding one of the questions named in field errors (`answers.<id>`), or 0. */
export function sectionOfFirstError(definition: SurveyDefinition, fields: string[]): number {
  const ids = new Set(fields.map((field) => field.split('.')[1]));
  const question = definition.questions.find((candidate) => ids.has(candidate.id));
  const index = question ? definition.sections.findIndex((section) => section.id === question.sectionId) : 0;
  return Math.max(0, index);
}

/** The survey's answering pages' base path (without the locale). */
export function surveyBasePath(slug: string, surveyId: string): string {
  return `/processes/${slug}/surveys/${surveyId}`;
}

/** The 0-based section index of a 1-based path segment; a number the survey has no section for is not found. */
export function sectionIndexOf(number: string | undefined, sectionCount: number): number {
  const index = /^\d{1,3}$/.test(number ?? '') ? Number(number) - 1 : -1;
  if (index < 0 || index >= sectionCount) throw refuse.notFound();
  return index;
}
