import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from './modules/accounts/index.ts';
import { createEventWith, registerByApi, TEST_NOW } from './modules/events/test-support/event-fixtures.ts';
import { createTestChannel, statementIds, vote } from './modules/statements/test-support/fixtures.ts';
import { apiOk, createFixtureSurvey } from './modules/surveys/test-fixtures.ts';
import { createWorkshop, join, setStage } from './modules/workshops/test-support/fixtures.ts';
import { fixedClock } from './platform/clock.ts';
import { renderPersonalDataHtml } from './platform/personal-data-html.tsx';
import { everyTableAsText, findNeedles } from './platform/testing/every-table.ts';
import { startTestApp, type TestApp } from './platform/testing/test-app.ts';
import type { TestClient } from './platform/testing/test-client.ts';

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

    const before = await everyTableAsText(test.context.db, test.engine);
    const needles = { email: EMAIL, name: NAME, userId };
    assert.ok(findNeedles(before, needles, () => false).length >= 5, 'the person is in many tables before the erasure');

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
  });
});
