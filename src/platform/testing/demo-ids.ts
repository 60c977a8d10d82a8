import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { TestApp } from './test-app.ts';

/** Real ids of the demo for each path parameter, so the handlers behind the validation run too. */
export async function demoIds(test: TestApp) {
  const db = test.context.db;
  const organisationId = test.demo.organisationId as string;
  const first = async (table: string, where: Record<string, string> = {}) => {
    const conditions = Object.entries({ organisation_id: organisationId, ...where }).map(
      ([column, value]) => sql`${sql.ref(column)} = ${value}`,
    );
    const result = await sql<{
      id: string;
      slug?: string;
    }>`select * from ${sql.table(table)} where ${sql.join(conditions, sql` and `)} order by id limit 1`.execute(db);
    return result.rows[0];
  };
  // A body with members and sectors, and its process, so every nested route finds one.
  const member = (await first('body_members')) as { body_id?: string } | undefined;
  const body = (await first('process_bodies', { id: member?.body_id ?? '' })) as { id: string; process_id?: string } | undefined;
  const process = await first('processes', { id: body?.process_id ?? '' });
  const processId = process?.id ?? '';
  const question = (await first('survey_questions')) as { survey_id?: string } | undefined;
  const survey = { id: question?.survey_id ?? '' };
  // An event with registrations, and a survey with sections and questions.
  const registration = (await first('event_registrations')) as { event_id?: string } | undefined;
  const event = { id: registration?.event_id ?? '' };
  // A workshop with notes, clusters and prompts (the finished round's), so every item route finds one.
  const cluster = (await first('workshop_clusters')) as { workshop_id?: string } | undefined;
  const workshop = { id: cluster?.workshop_id ?? '' };
  const themeRun = await first('insight_theme_runs', { status: 'succeeded' });
  const dialogueCommitment = (await first('dialogue_commitments')) as { id: string; work_community_id?: string } | undefined;
  const table: Record<string, string | undefined> = {
    '/units/{id}': (await first('units'))?.id,
    '/me/tokens/{id}': 'no-such-token',
    // The demo has no identity provider (it would need a provider to reach): an unknown one answers 404.
    '/identity-providers/{id}': 'no-such-provider',
    // Links from mails: any token the handler looks up and does not find (a 404 or 410 problem).
    '/seat-invitations/{token}': 'no-such-invitation',
    '/follows/confirm/{token}': 'no-such-link',
    '/follows/unsubscribe/{token}': 'no-such-link',
    '/me/seats/{memberId}': (await first('body_members'))?.id,
    '/users/{id}': test.demo.adminUserId,
    '/phases/{id}': (await first('process_phases', { process_id: processId }))?.id,
    '/bodies/{id}': body?.id,
    '/members/{memberId}': (await first('body_members', { body_id: body?.id ?? '' }))?.id,
    '/sectors/{sectorId}': (await first('body_sectors', { body_id: body?.id ?? '' }))?.id,
    '/timeline/{id}': (await first('timeline_items', { process_id: processId }))?.id,
    '/posts/{id}': (await first('news_posts'))?.id,
    '/pages/{slug}': (await first('news_pages'))?.slug,
    '/surveys/{id}': survey?.id,
    '/sections/{sectionId}': (await first('survey_sections', { survey_id: survey?.id ?? '' }))?.id,
    '/questions/{questionId}': (await first('survey_questions', { survey_id: survey?.id ?? '' }))?.id,
    '/events/{id}': event?.id,
    '/registrations/{registrationId}': (await first('event_registrations', { event_id: event?.id ?? '' }))?.id,
    '/statements/{channelId}': (await first('statement_channels', { process_id: processId }))?.id,
    '/workshops/{id}': workshop?.id,
    '/notes/{itemId}': (await first('workshop_notes', { workshop_id: workshop?.id ?? '' }))?.id,
    '/prompts/{itemId}': (await first('workshop_prompts', { workshop_id: workshop?.id ?? '' }))?.id,
    '/clusters/{itemId}': (await first('workshop_clusters', { workshop_id: workshop?.id ?? '' }))?.id,
    '/insights/processes/{processId}': processId,
    '/dialogue-rounds/{id}': (await first('dialogue_rounds'))?.id,
    // A work community of the demo's round whose held record has commitments, and its first commitment.
    '/communities/{unitId}': dialogueCommitment?.work_community_id,
    '/commitments/{commitmentId}': dialogueCommitment?.id,
    // The demo's story (the 2013 process) has versions 1 and 2; 2 is approved.
    '/story/versions/{number}': '1',
    // A comment on the demo's story; a response mail's unsubscribe link that is not ours (410).
    '/story/comments/{commentId}': (await first('story_comments'))?.id,
    // A response on the demo's story (published: publishing it again is 409).
    '/story/responses/{responseId}': (await first('story_responses'))?.id,
    '/story/unsubscribe/{token}': 'no-such-link',
    '/goals/processes/{processId}': processId,
    // The 2013 process's first goal, objective and indicator (the goals demo).
    '/goals/{goalId}': (await first('goals'))?.id,
    '/objectives/{objectiveId}': (await first('goal_objectives'))?.id,
    '/indicators/{indicatorId}': (await first('goal_indicators'))?.id,
    '/rounds/{roundId}': (await first('goal_rounds'))?.id,
    // The goals demo's one measure.
    '/measures/{measureId}': (await first('goal_measures'))?.id,
    // A section of a process's final report (reports).
    '/sections/{section}': 'summary',
    // A mailed reporting link: any token the handler looks up and does not find (404).
    '/report/{token}': 'no-such-link',
    // The demo's theme run (seeded finished) and its first theme.
    '/runs/{runId}': themeRun?.id,
    '/themes/{themeId}': (await first('insight_themes', { run_id: themeRun?.id ?? '' }))?.id,
    // A contribution the demo's theme run read (its hand tags).
    '/contributions/{contributionId}': (
      await sql<{
        contribution_id: string;
      }>`select contribution_id from insight_theme_sentences where run_id = ${themeRun?.id ?? ''} order by contribution_id limit 1`.execute(
        db,
      )
    ).rows[0]?.contribution_id,
  };
  return (path: string, param: string): string => {
    if (param === 'slug' && path.startsWith('/api/v1/processes/')) return process?.slug ?? '';
    const key = Object.keys(table).find((segment) => path.includes(segment.replace(/\{.*$/, `{${param}}`)));
    const id = key ? table[key] : undefined;
    assert.ok(id, `no demo id for {${param}} in ${path}`);
    return id;
  };
}
