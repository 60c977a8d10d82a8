import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from './modules/accounts/index.ts';
import { createRoundByApi, unitOf } from './modules/dialogues/test-support/world.ts';
import { createEventWith, registerByApi, TEST_NOW } from './modules/events/test-support/event-fixtures.ts';
import { claimNextRun } from './modules/insights/jobs/claim-run.ts';
import { executeThemeRun } from './modules/insights/jobs/execute-theme-run.ts';
import { createTestChannel, statementIds, vote } from './modules/statements/test-support/fixtures.ts';
import { saveVersion, storyTestProcess } from './modules/story/test-support.ts';
import { apiOk, createFixtureSurvey } from './modules/surveys/test-fixtures.ts';
import { createWorkshop, join, setStage } from './modules/workshops/test-support/fixtures.ts';
import { fixedClock } from './platform/clock.ts';
import { renderPersonalDataHtml } from './platform/personal-data-html.tsx';
import { everyTableAsText, findNeedles } from './platform/testing/every-table.ts';
import { startTestApp, type TestApp } from './platform/testing/test-app.ts';
import type { TestClient } from './platform/testing/test-client.ts';

async function runQueuedThemeRuns(test: TestApp): Promise<void> {
  for (;;) {
    const claimed = await claimNextRun(test.context.db, test.context.clock.now());
    if (!claimed) return;
    await executeThemeRun(test.context, claimed);
  }
}

const EMAIL = 'poistuva.q7@example.fi';
const NAME = 'Poistuva Osallistuja Q7';
const PASSWORD = 'poistuvan-osallistujan-salasana';

describe("a person's data: the export covers every module, erasure leaves nothing in any table", () => {
  let test: TestApp;
  let admin: TestClient;
  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW), environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('a person who took part everywhere is erased: e-mail, name and id are nowhere but the audit entry of the deletion', async () => {
    const organisationId = test.demo.organisationId as string;
    const userId = await createUser(
      test.context.db,
      organisationId,
      { email: EMAIL, displayName: NAME, password: PASSWORD, locale: 'fi' },
      new Date(TEST_NOW),
    );
    // The person leads a work community (a unit manager scoped to it), so dialogues and goals name them too.
    const community = unitOf(test, 'health-services');
    const granted = await admin.postForm(`/fi/admin/users/${userId}/roles`, {
      role: 'unit_manager',
      scopeType: 'unit',
      unitId: community,
      processSlug: '',
    });
    assert.equal(granted.status, 303, granted.text);
    const person = test.client({ 'accept-language': 'fi' });
    await person.signIn(EMAIL, PASSWORD);

    // Events: a registration with name, address and a seat.
    const eventId = await createEventWith(admin, test, { capacity: 10 });
    const registered = await registerByApi(person, eventId, { name: NAME, email: EMAIL });
    assert.equal(registered.status, 201, registered.text);
    const other = await registerByApi(test.client(), eventId, { name: 'Pysyvä Osallistuja', email: 'pysyva@example.fi' });
    assert.equal(other.status, 201, other.text);

    // Surveys: an answer given signed in, to a survey that is not anonymous.
    const survey = await createFixtureSurvey(test, admin, { anonymous: false });
    const q = survey.questions;
    await apiOk(
      person,
      'POST',
      `/api/v1/surveys/${survey.id}/responses`,
      {
        answers: {
          [q.area.id]: { choiceIds: [q.area.choices[0]] },
          [q.values.id]: { choiceIds: [q.values.choices[0]] },
          [q.why.id]: { text: 'Meri ja vanha kaupunki.' },
          [q.scale.id]: { number: 4 },
        },
      },
      201,
    );

    // Workshops: joined with a display name and a named note.
    const workshop = await createWorkshop(test, admin, { noteNames: 'named', access: 'code' });
    const joined = await join(person, workshop.joinCode, { displayName: NAME });
    assert.equal(joined.status, 200, joined.text);
    await setStage(admin, workshop.id, workshop.prompts[0]?.id as string, 'writing');
    const note = await person.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Torille kahvila' });
    assert.equal(note.status, 201, note.text);

    // Statements: a statement written and a vote.
    const channelId = await createTestChannel(test, { moderation: 'after' });
    const [first] = await statementIds(person, channelId);
    assert.equal((await vote(person, channelId, first as string, 'agree')).status < 300, true);
    const written = await person.api('POST', `/api/v1/statements/${channelId}/statements`, { text: 'Torille lisää penkkejä.' });
    assert.ok(written.status < 300, written.text);

    // Follows: the process followed with the account.
    assert.equal((await person.postForm(`/fi/processes/${test.demo.processSlug}/follow`, {})).status, 303);

    // Story: a comment on a paragraph of a story version out for comments, signed in.
    const story = storyTestProcess(test);
    await saveVersion(admin, story.processSlug, 0, [{ fi: 'Rauma on vanha kaupunki meren rannalla.' }]);
    const period = await admin.postForm(`/fi/processes/${story.processSlug}/story/versions/1/comment-period`, {
      phaseId: '',
      opensAt: '',
      closesAt: '2099-12-31T12:00',
      audience: 'anyone',
    });
    assert.equal(period.status, 303, period.text);
    const blocks = await admin.api('GET', `/api/v1/processes/${story.processSlug}/story`);
    const blockKey = blocks.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks[0]?.key;
    const commented = await person.api('POST', `/api/v1/processes/${story.processSlug}/story/comments`, {
      blockKey,
      body: 'Meren ranta kuuluu kaikille.',
    });
    assert.equal(commented.status, 201, commented.text);

    // Dialogues: the lead opens and submits the work community's record.
    const roundId = await createRoundByApi(test, admin, { unitIds: [community], opensOn: '2013-01-01' });
    const recorded = await person.api('PUT', `/api/v1/dialogue-rounds/${roundId}/communities/${community}/record`, {
      heldOn: '2013-03-05',
      participants: 8,
      answers: ['Yhdessä', 'Avoimesti', 'Kuuntelemme'],
      commitments: [{ what: 'Kuuntelemme asukkaita', whoRole: 'tiimi' }],
      submit: true,
    });
    assert.equal(recorded.status, 200, recorded.text);

    // Goals: the person owns a unit objective, named by e-mail.
    const goal = await admin.api('POST', `/api/v1/goals/processes/${test.demo.processId}/goals`, { title: { fi: 'Elinvoimainen Rauma' } });
    assert.equal(goal.status, 201, goal.text);
    const objective = await admin.api('POST', `/api/v1/goals/${goal.json<{ id: string }>().id}/objectives`, {
      unitId: community,
      title: { fi: 'Palvelut lähellä' },
      ownerEmail: EMAIL,
    });
    assert.equal(objective.status, 201, objective.text);

    // Privacy: feedback on accessibility sent with the person's name and address (no sign-in needed).
    const feedback = await person.postForm('/fi/accessibility/feedback', {
      name: NAME,
      email: EMAIL,
      page: '',
      message: 'Kontrasti on heikko.',
    });
    assert.equal(feedback.status, 303, feedback.text);

    // The export covers every module's part: the JSON of the API, and the same as a readable page.
    const exported = await person.api('GET', '/api/v1/me/export');
    assert.equal(exported.status, 200, exported.text);
    const data = exported.json<Record<string, unknown>>();
    const part = (name: string) => JSON.stringify(data[name] ?? null);
    assert.match(part('accounts'), new RegExp(NAME));
    assert.match(part('events'), new RegExp(EMAIL.replace('.', '\\.')), 'the registration with its address');
    assert.match(part('surveys'), /Meri ja vanha kaupunki\./, 'the survey answer');
    assert.match(part('workshops'), /Torille kahvila/, 'the workshop note');
    assert.match(part('workshops'), new RegExp(`"displayName":"${NAME}"`), 'the name given on joining');
    assert.match(part('workshops'), new RegExp(`"shownName":"${NAME}"`), 'the name shown on the note');
    assert.match(part('statements'), /Torille lisää penkkejä\./, 'the statement written');
    assert.match(part('statements'), /"statement":"Testiväite numero 1\.","vote":1/, 'the vote (agree)');
    assert.match(part('follows'), new RegExp(test.demo.processSlug as string), 'the followed process');
    assert.match(part('story'), /Meren ranta kuuluu kaikille\./, 'the story comment');
    assert.match(part('dialogues'), /"submittedByYou":true/, 'the dialogue record submitted as the lead');
    assert.match(part('goals'), /Palvelut lähellä/, 'the objective owned');
    assert.match(part('privacy'), /Kontrasti on heikko\./, 'the feedback sent from the account’s address');
    for (const declared of test.context.personalData.filter((handlers) => handlers.export)) {
      assert.ok(Object.hasOwn(data, declared.module), `the export has the part of ${declared.module}`);
    }
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const html = renderPersonalDataHtml(data, locale);
      assert.match(html, new RegExp(`^<!doctype html><html lang="${locale}">`));
      assert.equal((html.match(/<h1>/g) ?? []).length, 1);
      assert.ok((html.match(/<h2 /g) ?? []).length >= 6, 'a heading per module');
      for (const value of [NAME, EMAIL, 'Meri ja vanha kaupunki.', 'Torille kahvila', 'Torille lisää penkkejä.']) {
        assert.ok(html.includes(value), `the page shows ${value}`);
      }
      assert.doesNotMatch(html, /<script/);
    }
    assert.match(renderPersonalDataHtml(data, 'fi'), /<h2 id="part-workshops">Työpajat<\/h2>/);
    assert.match(renderPersonalDataHtml(data, 'sv'), /<dt>display name<\/dt>/);
    const escaped = renderPersonalDataHtml({ exportedAt: 'x', accounts: { note: '<script>alert(1)</script>' } }, 'en');
    assert.match(escaped, /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);

    // Insights: a theme run over the demo process reads the person's answers, and its themes are saved as a codebook.
    const run = await admin.api('POST', `/api/v1/insights/processes/${test.demo.processId}/runs`, {});
    assert.equal(run.status, 201, run.text);
    await runQueuedThemeRuns(test);
    const runId = run.json<{ id: string }>().id;
    const finished = await test.context.db
      .selectFrom('insight_theme_runs')
      .select(['status', 'error'])
      .where('id', '=', runId)
      .executeTakeFirstOrThrow();
    assert.equal(finished.status, 'succeeded', finished.error ?? '');
    const codebook = await admin.api('POST', `/api/v1/insights/runs/${runId}/codebook`, {});
    assert.equal(codebook.status, 201, codebook.text);

    const before = await everyTableAsText(test.context.db, test.engine);
    const needles = { email: EMAIL, name: NAME, userId };
    const foundBefore = findNeedles(before, needles, () => false);
    assert.ok(foundBefore.length >= 5, 'the person is in many tables before the erasure');
    assert.ok(
      foundBefore.some((hit) => hit.startsWith('privacy_feedbacks: email')),
      'the feedback names the person',
    );
    for (const table of ['story_comments', 'dialogue_records', 'goal_objectives', 'role_grants']) {
      assert.ok(
        foundBefore.some((hit) => hit.startsWith(`${table}: userId`)),
        `${table} names the person before the erasure`,
      );
    }

    const deleted = await person.postForm('/fi/account/delete', { password: PASSWORD });
    assert.equal(deleted.status, 303, deleted.text);

    const residue = findNeedles(
      await everyTableAsText(test.context.db, test.engine),
      needles,
      // The audit log keeps the deleted account's id (never its address or name): the record of the deletion
      // itself, which the organisation must be able to show; the id no longer leads to anyone.
      (table, what) => table === 'audit_log' && what === 'userId',
    );
    assert.deepEqual(residue, []);

    // The event keeps its figures: the other registration as it was, the erased one counted without a person.
    const registrations = await test.context.db
      .selectFrom('event_registrations')
      .select(['name', 'status'])
      .where('event_id', '=', eventId)
      .orderBy('seq')
      .execute();
    assert.equal(registrations.length, 2, 'the erased seat stays as an anonymous row of the count');
    assert.equal(registrations[1]?.name, 'Pysyvä Osallistuja');
    // The workshop keeps the note as an anonymous result.
    const notes = await test.context.db
      .selectFrom('workshop_notes')
      .select(['text', 'author_name'])
      .where('workshop_id', '=', workshop.id)
      .execute();
    assert.deepEqual(notes, [{ text: 'Torille kahvila', author_name: null }]);
    // The story keeps the comment, the dialogue its record and the goal its objective, without the person.
    const comment = await test.context.db
      .selectFrom('story_comments')
      .select(['body', 'author_user_id'])
      .where('body', '=', 'Meren ranta kuuluu kaikille.')
      .execute();
    assert.deepEqual(comment, [{ body: 'Meren ranta kuuluu kaikille.', author_user_id: null }]);
    const record = await test.context.db
      .selectFrom('dialogue_records')
      .select(['participants', 'submitted_by_user_id'])
      .where('round_id', '=', roundId)
      .execute();
    assert.deepEqual(record, [{ participants: 8, submitted_by_user_id: null }]);
  });
});
