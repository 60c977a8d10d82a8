export type { Survey, SurveyDefinition } from './model.ts';
export { findSurveyDefinition } from './queries/find-survey.ts';
