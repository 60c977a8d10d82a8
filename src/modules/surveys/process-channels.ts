import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { allKeys, browserKeysIn, isBrowsersIn, legacyCookieKey } from '../../platform/hub/browser-participation.ts';
import {
  audienceInWords,
  type BrowserParticipationSource,
  nextAfter,
  oneLine,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelSource,
  participationOf,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Survey } from './model.ts';
import { toSurvey } from './queries/find-survey.ts';
import { RESPONDENT_COOKIE, surveySubject } from './survey-access.ts';
import type { SurveyAudience } from './tables.ts';

const AUDIENCE_WORDS = {
  anyone: 'anyone',
  signed_in: 'signedIn',
  staff: 'staff',
  units: 'units',
  bodies: 'bodies',
} as const satisfies Record<SurveyAudience, string>;

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
        audience: audienceInWords({ context, locale, bodyNames }, AUDIENCE_WORDS[survey.audience], survey.audienceIds),
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

function answered(
  context: ParticipationQuery['context'],
  locale: ParticipationQuery['locale'],
  slug: string,
  row: { survey_id: string; title: string; updated_at: string },
): ParticipationEntry {
  return {
    kind: 'survey',
    channelTitle: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    what: context.translator.t(locale, 'surveys.hub.answered'),
    at: row.updated_at,
    link: { path: `/processes/${slug}/surveys/${row.survey_id}`, label: context.translator.t(locale, 'surveys.hub.seeAnswer') },
  };
}

/** The person's submitted answers to the process's surveys (one query). */
async function answersOfAccount({ context, actor, userId, locale, process }: ParticipationQuery): Promise<ParticipationEntry[]> {
  const rows = await context.db
    .selectFrom('survey_responses')
    .innerJoin('surveys', 'surveys.id', 'survey_responses.survey_id')
    .select(['surveys.id as survey_id', 'surveys.title', 'survey_responses.updated_at'])
    .$call(inOrganisation(actor.organisationId, 'survey_responses'))
    .where('surveys.process_id', '=', process.id)
    .where('survey_responses.user_id', '=', userId)
    .where('survey_responses.status', '=', 'submitted')
    .orderBy('survey_responses.updated_at')
    .execute();
  return rows.map((row) => answered(context, locale, process.slug, row));
}

/**
 * This browser's submitted answers given without an account (two queries: the process's
 * surveys, then the answers under the browser's pseudonym in each, or under the key of the
 * surveys' older cookie, which is the same in every survey).
 */
const answersOfBrowser: BrowserParticipationSource = async ({ context, actor, locale, process, request }) => {
  const legacy = legacyCookieKey(request, RESPONDENT_COOKIE);
  const surveys = await context.db
    .selectFrom('surveys')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'surveys'))
    .where('process_id', '=', process.id)
    .execute();
  const keys = browserKeysIn(
    request,
    'survey',
    surveys.map((survey) => survey.id),
    () => legacy,
  );
  if (keys.size === 0) return [];
  const rows = await context.db
    .selectFrom('survey_responses')
    .innerJoin('surveys', 'surveys.id', 'survey_responses.survey_id')
    .select(['surveys.id as survey_id', 'surveys.title', 'survey_responses.updated_at', 'survey_responses.browser_key'])
    .$call(inOrganisation(actor.organisationId, 'survey_responses'))
    .where('surveys.process_id', '=', process.id)
    .where('survey_responses.user_id', 'is', null)
    .where('survey_responses.browser_key', 'in', allKeys(keys))
    .where('survey_responses.status', '=', 'submitted')
    .orderBy('survey_responses.updated_at')
    .execute();
  return rows
    .filter((row) => isBrowsersIn(keys, row.survey_id, row.browser_key))
    .map((row) => ({ ...answered(context, locale, process.slug, row), byBrowser: true }));
};

/** The process's survey answers of the signed-in person, and of this browser without an account. */
export const surveyParticipation = participationOf(answersOfAccount, answersOfBrowser);
