export type { Survey, SurveyDefinition } from './model.ts';
export { surveysModule } from './module.ts';
export { findSurveyDefinition } from './queries/find-survey.ts';
