import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { isWhose, legacyCookieKey, markOf, participationByWhose, type Whose, whoseRows } from '../../platform/hub/browser-participation.ts';
import {
  audienceInWords,
  audienceWordsOf,
  type BrowserParticipationQuery,
  nextAfter,
  oneLine,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelSource,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Survey } from './model.ts';
import { toSurvey } from './queries/find-survey.ts';
import { RESPONDENT_COOKIE, surveySubject } from './survey-access.ts';

function statusOf(survey: Survey, now: Date): ProcessChannel['status'] {
  const at = now.toISOString();
  if (survey.opensAt && at < survey.opensAt) return 'upcoming';
  if (survey.closesAt && at >= survey.closesAt) return 'closed';
  return 'open';
}

/**
 * The process's surveys the actor may see (published ones; drafts only for its managers),
 * in one query: open ones to answer, coming ones to look at, closed ones with public results.
 */
export const surveyProcessChannels: ProcessChannelSource = async ({ context, actor, locale, process, now, bodyNames }) => {
  const rows = await context.db
    .selectFrom('surveys')
    .selectAll()
    .$call(inOrganisation(actor.organisationId, 'surveys'))
    .where('process_id', '=', process.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const t = (key: string) => context.translator.t(locale, key);
  return rows.map(toSurvey).flatMap((survey): ProcessChannel[] => {
    const subject = surveySubject(survey);
    if (!context.authorizer.can(actor, 'surveys.survey.view', subject)) return [];
    const status = statusOf(survey, now);
    const page = `/processes/${process.slug}/surveys/${survey.id}`;
    const results = context.authorizer.can(actor, 'surveys.results.view', subject)
      ? { path: `${page}/results`, label: t('surveys.hub.results') }
      : null;
    return [
      {
        kind: 'survey',
        id: survey.id,
        kindLabel: t('surveys.hub.kind'),
        title: survey.title,
        summary: oneLine(survey.description),
        audience: audienceInWords({ context, locale, bodyNames }, audienceWordsOf(survey.audience), survey.audienceIds),
        status,
        opensAt: survey.opensAt,
        deadline: survey.closesAt,
        phaseId: survey.phaseId,
        placedAt: survey.opensAt ?? survey.closesAt ?? survey.createdAt,
        action:
          status === 'open'
            ? { path: page, label: t('surveys.hub.answer') }
            : status === 'closed' && results
              ? results
              : { path: page, label: t('surveys.hub.see') },
        results: status === 'closed' ? results : null,
        changesAt: nextAfter(now, [survey.opensAt, survey.closesAt]),
      },
    ];
  });
};

/** The process's submitted survey answers that are `whose`: the account's, or this browser's without one (one query). */
async function answersIn(
  { context, actor, locale, process }: Pick<ParticipationQuery, 'context' | 'actor' | 'locale' | 'process'>,
  whose: Whose,
): Promise<ParticipationEntry[]> {
  const rows = await context.db
    .selectFrom('survey_responses')
    .innerJoin('surveys', 'surveys.id', 'survey_responses.survey_id')
    .select(['surveys.id as survey_id', 'surveys.title', 'survey_responses.updated_at', 'survey_responses.browser_key'])
    .$call(inOrganisation(actor.organisationId, 'survey_responses'))
    .where('surveys.process_id', '=', process.id)
    .where(whoseRows(whose, { userId: 'survey_responses.user_id', browserKey: 'survey_responses.browser_key' }))
    .where('survey_responses.status', '=', 'submitted')
    .orderBy('survey_responses.updated_at')
    .execute();
  const t = (key: string) => context.translator.t(locale, key);
  return rows.flatMap((row): ParticipationEntry[] => {
    if (!isWhose(whose, row.survey_id, row.browser_key)) return [];
    return [
      {
        kind: 'survey',
        channelTitle: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
        what: t('surveys.hub.answered'),
        at: row.updated_at,
        link: { path: `/processes/${process.slug}/surveys/${row.survey_id}`, label: t('surveys.hub.seeAnswer') },
        ...markOf(whose),
      },
    ];
  });
}

/** The ids of the process's surveys, for this browser's pseudonym in each. */
async function surveyIdsOf({ context, actor, process }: BrowserParticipationQuery): Promise<string[]> {
  const surveys = await context.db
    .selectFrom('surveys')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'surveys'))
    .where('process_id', '=', process.id)
    .execute();
  return surveys.map((survey) => survey.id);
}

/**
 * The process's survey answers of the signed-in person, and of this browser without an account
 * (by its pseudonym in each survey, or the key of the surveys' older cookie, the same in every survey).
 */
export const surveyParticipation = participationByWhose(answersIn, {
  kind: 'survey',
  channelIds: surveyIdsOf,
  legacy: (_surveyId, _secret, request) => legacyCookieKey(request, RESPONDENT_COOKIE),
});
