import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { newId } from '../../platform/db/ids.ts';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { MAIL_FILE_DAYS, PSEUDONYM_DAYS } from '../../platform/retention.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { SIGN_IN_LINK_DAYS } from '../accounts/retention.ts';
import { FEEDBACK_DAYS } from './retention.ts';

const NOW = '2026-06-01T12:00:00.000Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The job's first run: one interval after the runner starts at NOW. */
const RUN = new Date(Date.parse(NOW) + HOUR);
const at = (offsetMs: number) => new Date(RUN.getTime() + offsetMs).toISOString();

describe('retention rules run as the privacy.retention job: each removes what is due and nothing else', () => {
  let test: TestApp;
  const clock = fixedClock(NOW);
  const mailDir = mkdtempSync(path.join(tmpdir(), 'tarina-mail-'));
  let organisationId: string;
  let userId: string;

  before(async () => {
    test = await startTestApp({ demo: true, clock, environment: { TARINA_JOBS: '0', MAIL_DIR: mailDir } });
    organisationId = test.demo.organisationId as string;
    userId = test.demo.adminUserId as string;
  });
  after(async () => {
    await test.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it('declares every rule with words in fi, sv and en, carried out by purge or by a declared job', () => {
    const jobs = new Set(test.context.jobs.map((job) => job.name));
    for (const rule of test.context.retention) {
      for (const locale of ['fi', 'sv', 'en'] as const) {
        assert.ok(rule.data[locale] && rule.period[locale], `${rule.name} in ${locale}`);
      }
      if (rule.job) assert.ok(jobs.has(rule.job), `${rule.name}: ${rule.job} is a declared job`);
    }
    const names = test.context.retention.map((rule) => rule.name);
    for (const expected of [
      'platform.audit-log',
      'accounts.expired-sessions',
      'accounts.sign-in-links',
      'events.registration-answers',
      'statements.browser-pseudonyms',
      'workshops.browser-pseudonyms',
      'surveys.browser-pseudonyms',
      'follows.unconfirmed',
      'privacy.accessibility-feedback',
    ]) {
      assert.ok(names.includes(expected), expected);
    }
    assert.ok(jobs.has('privacy.retention'));
  });

  it('removes expired sessions, old sign-in links, idle pseudonyms, old answered feedback and old mail files; keeps the rest', async () => {
    const db = test.context.db;
    const idleMs = test.context.config.sessionIdleMinutes * 60_000;
    const session = (id: string, lastSeen: string, expires: string) => ({
      id,
      organisation_id: organisationId,
      user_id: userId,
      created_at: at(-2 * DAY),
      last_seen_at: lastSeen,
      expires_at: expires,
    });
    await db
      .insertInto('sessions')
      .values([session('r-expired', at(-1000), at(-1)), session('r-idle', at(-idleMs - 1), at(DAY)), session('r-live', at(-1000), at(DAY))])
      .execute();
    const linkDays = SIGN_IN_LINK_DAYS * DAY;
    const reset = (id: string, expires: string, used: string | null) => ({
      id,
      organisation_id: organisationId,
      user_id: userId,
      created_at: at(-30 * DAY),
      expires_at: expires,
      used_at: used,
    });
    await db
      .insertInto('password_resets')
      .values([
        reset('r-reset-old', at(-linkDays - 1), null),
        reset('r-reset-used', at(DAY), at(-linkDays - 1)),
        reset('r-reset-recent', at(-linkDays + HOUR), null),
      ])
      .execute();
    const challenge = (id: string, expires: string) => ({
      id,
      organisation_id: organisationId,
      user_id: userId,
      purpose: 'verify' as const,
      next_path: '/fi/',
      created_at: at(-30 * DAY),
      expires_at: expires,
    });
    await db
      .insertInto('account_sign_in_challenges')
      .values([challenge('r-challenge-old', at(-linkDays - 1)), challenge('r-challenge-recent', at(-HOUR))])
      .execute();

    // Statements: three browsers and an account in a channel of the demo.
    const channel = await db
      .selectFrom('statement_channels')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const statement = await db.selectFrom('statements').select('id').where('channel_id', '=', channel.id).executeTakeFirstOrThrow();
    const old = at(-PSEUDONYM_DAYS * DAY - 1);
    const recent = at(-DAY);
    const participant = (id: string, number: number, browserKey: string | null, created: string, user: string | null = null) => ({
      id,
      organisation_id: organisationId,
      channel_id: channel.id,
      number,
      user_id: user,
      browser_key: browserKey,
      origin: 'web' as const,
      created_at: created,
    });
    await db
      .insertInto('statement_participants')
      .values([
        participant('r-sp-idle', 90001, 'key-idle', old),
        participant('r-sp-voted', 90002, 'key-voted', old),
        participant('r-sp-new', 90003, 'key-new', recent),
      ])
      .execute();
    const vote = (participantId: string, votedAt: string) => ({
      organisation_id: organisationId,
      channel_id: channel.id,
      statement_id: statement.id,
      participant_id: participantId,
      vote: 1,
      first_voted_at: old,
      voted_at: votedAt,
    });
    await db
      .insertInto('statement_votes')
      .values([vote('r-sp-idle', old), vote('r-sp-voted', recent)])
      .execute();

    // Workshops: a browser idle since it joined long ago, one that wrote a note lately.
    const prompt = await db
      .selectFrom('workshop_prompts')
      .select(['id', 'workshop_id'])
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const joined = (id: string, browserKey: string) => ({
      id,
      organisation_id: organisationId,
      workshop_id: prompt.workshop_id,
      user_id: null,
      browser_key: browserKey,
      display_name: null,
      group_id: null,
      joined_at: old,
    });
    await db
      .insertInto('workshop_participants')
      .values([joined('r-wp-idle', 'wkey-idle'), joined('r-wp-active', 'wkey-active')])
      .execute();
    await db
      .insertInto('workshop_notes')
      .values({
        id: newId(),
        organisation_id: organisationId,
        workshop_id: prompt.workshop_id,
        prompt_id: prompt.id,
        group_id: null,
        participant_id: 'r-wp-active',
        cluster_id: null,
        merged_into_id: null,
        text: 'Tuore lappu',
        author_name: null,
        language: 'fi',
        hidden_at: null,
        created_at: recent,
        updated_at: recent,
      })
      .execute();

    // Surveys: an old submitted answer and an old draft of browsers, and a recent draft.
    const survey = await db.selectFrom('surveys').select('id').where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
    const response = (id: string, status: 'draft' | 'submitted', browserKey: string, updated: string) => ({
      id,
      organisation_id: organisationId,
      survey_id: survey.id,
      user_id: null,
      browser_key: browserKey,
      idempotency_key: null,
      status,
      locale: 'fi',
      draft: status === 'draft' ? '{}' : null,
      created_at: updated,
      updated_at: updated,
      submitted_at: status === 'submitted' ? updated : null,
    });
    await db
      .insertInto('survey_responses')
      .values([
        response('r-sr-submitted', 'submitted', 'skey-submitted', old),
        response('r-sr-draft', 'draft', 'skey-draft', old),
        response('r-sr-recent', 'draft', 'skey-recent', recent),
      ])
      .execute();

    // Feedback on accessibility: answered long ago, answered lately, never answered.
    const feedback = (id: string, answered: string | null) => ({
      id,
      organisation_id: organisationId,
      name: '',
      email: `${id}@example.fi`,
      page: '',
      message: 'Palaute',
      locale: 'fi',
      created_at: at(-2 * FEEDBACK_DAYS * DAY),
      due_at: at(-2 * FEEDBACK_DAYS * DAY + 14 * DAY),
      answered_at: answered,
      answered_by_user_id: null,
    });
    await db
      .insertInto('privacy_feedbacks')
      .values([feedback('r-fb-old', at(-FEEDBACK_DAYS * DAY - 1)), feedback('r-fb-recent', at(-DAY)), feedback('r-fb-open', null)])
      .execute();

    // Mail files: one older than the period, one recent, and a file that is no mail.
    mkdirSync(mailDir, { recursive: true });
    for (const [name, age] of [
      ['old.eml', MAIL_FILE_DAYS * DAY + HOUR],
      ['recent.eml', DAY],
      ['notes.txt', MAIL_FILE_DAYS * DAY + HOUR],
    ] as const) {
      const file = path.join(mailDir, name);
      writeFileSync(file, 'x');
      const when = new Date(RUN.getTime() - age);
      utimesSync(file, when, when);
    }
    const auditBefore = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();

    const job = test.context.jobs.filter((declared) => declared.name === 'privacy.retention');
    const runner = new JobRunner(test.context, job, () => {}, HOUR);
    await runner.start();
    try {
      clock.set(new Date(RUN.getTime() - 1));
      assert.deepEqual(await runner.runDue(), [], 'not before it is due');
      assert.equal((await db.selectFrom('sessions').select('id').where('id', '=', 'r-expired').execute()).length, 1);
      clock.set(RUN);
      assert.deepEqual(await runner.runDue(), ['privacy.retention']);
    } finally {
      await runner.stop();
      clock.set(NOW);
    }
    const row = await db.selectFrom('platform_jobs').selectAll().where('name', '=', 'privacy.retention').executeTakeFirstOrThrow();
    assert.equal(row.last_status, 'succeeded', row.last_error ?? '');

    const ids = async (table: 'sessions' | 'password_resets' | 'account_sign_in_challenges' | 'privacy_feedbacks') =>
      (await db.selectFrom(table).select('id').where('id', 'like', 'r-%').orderBy('id').execute()).map((found) => found.id);
    assert.deepEqual(await ids('sessions'), ['r-live']);
    assert.deepEqual(await ids('password_resets'), ['r-reset-recent']);
    assert.deepEqual(await ids('account_sign_in_challenges'), ['r-challenge-recent']);
    assert.deepEqual(await ids('privacy_feedbacks'), ['r-fb-open', 'r-fb-recent']);

    const keys = await db
      .selectFrom('statement_participants')
      .select(['id', 'browser_key'])
      .where('id', 'like', 'r-sp-%')
      .orderBy('id')
      .execute();
    assert.deepEqual(keys, [
      { id: 'r-sp-idle', browser_key: null },
      { id: 'r-sp-new', browser_key: 'key-new' },
      { id: 'r-sp-voted', browser_key: 'key-voted' },
    ]);
    const votes = await db.selectFrom('statement_votes').select('participant_id').where('participant_id', '=', 'r-sp-idle').execute();
    assert.equal(votes.length, 1, 'the vote stays, anonymous');
    const workshopKeys = await db
      .selectFrom('workshop_participants')
      .select(['id', 'browser_key'])
      .where('id', 'like', 'r-wp-%')
      .orderBy('id')
      .execute();
    assert.deepEqual(workshopKeys, [
      { id: 'r-wp-active', browser_key: 'wkey-active' },
      { id: 'r-wp-idle', browser_key: null },
    ]);
    const responses = await db
      .selectFrom('survey_responses')
      .select(['id', 'browser_key'])
      .where('id', 'like', 'r-sr-%')
      .orderBy('id')
      .execute();
    assert.deepEqual(responses, [
      { id: 'r-sr-recent', browser_key: 'skey-recent' },
      { id: 'r-sr-submitted', browser_key: null },
    ]);
    assert.deepEqual(readdirSync(mailDir).sort(), ['notes.txt', 'recent.eml']);
    const auditAfter = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(auditAfter.count), Number(auditBefore.count), 'the audit log is never trimmed');
  });
});
