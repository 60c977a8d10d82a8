import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';
import type { SurveyAudience, SurveyStatus } from './tables.ts';

/** What the rules need to know of a survey. */
export interface SurveySubject {
  processId: string;
  status: SurveyStatus;
  resultsPublic: boolean;
}

/** What the answering rule needs: the survey and whether the actor belongs to its audience. */
export interface AnswerSubject {
  status: SurveyStatus;
  audience: SurveyAudience;
  /** True when the actor is staff (of a chosen unit, for `units`) or a member of a chosen body. */
  inAudience: boolean;
}

function analyses(actor: Actor, survey: { processId: string } | undefined): boolean {
  return (
    managesProcess(actor, survey ? { id: survey.processId } : undefined) || hasRole(actor, 'analyst', { processId: survey?.processId })
  );
}

/** Who may build surveys, answer them, read their results and export them. */
export const surveyPermissions = definePermissions({
  'surveys.admin.list': (actor: Actor) => isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager'),
  'surveys.survey.create': (actor: Actor, process: { id: string }) => managesProcess(actor, process),
  'surveys.survey.manage': (actor: Actor, survey: SurveySubject) => managesProcess(actor, { id: survey.processId }),
  'surveys.survey.view': (actor: Actor, survey: SurveySubject) =>
    survey.status === 'published' || managesProcess(actor, { id: survey.processId }),
  'surveys.survey.answer': (actor: Actor, subject: AnswerSubject) =>
    subject.status === 'published' &&
    (subject.audience === 'anyone' || (actor.userId !== null && (subject.audience === 'signed_in' || subject.inAudience))),
  'surveys.results.view': (actor: Actor, survey: SurveySubject) =>
    analyses(actor, survey) || (survey.status === 'published' && survey.resultsPublic),
  'surveys.results.export': (actor: Actor, survey: SurveySubject) => analyses(actor, survey),
  'surveys.results.exportOpenData': (actor: Actor, survey: SurveySubject) =>
    analyses(actor, survey) || (survey.status === 'published' && survey.resultsPublic),
});
