import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestPerson } from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { withRoomNotes } from './commands/take-live-notes.ts';
import { findRecord } from './queries/find-record.ts';
import { formAsRendered } from './test-support/forms.ts';
import { createLead, createRoundByApi, unitOf } from './test-support/world.ts';

type RecordAnswer = { status: string; workshopId: string | null; answers: string[]; participants: number | null };

describe('a dialogue held live in a workshop room, its notes taken into the record’s draft', () => {
  let test: TestApp;
  let admin: TestClient;
  let lead: TestPerson;
  let roundId: string;
  let health: string;
  let page: string;
  let workshopId: string;

  async function phoneWrites(code: string, texts: string[]): Promise<void> {
    const phone = test.client({ 'accept-language': 'fi' });
    assert.equal((await phone.api('POST', '/api/v1/workshops/join', { code })).status, 200);
    for (const text of texts) {
      const posted = await phone.api('POST', `/api/v1/workshops/${workshopId}/notes`, { text });
      assert.equal(posted.status, 201, posted.text);
    }
  }

  async function stage(position: number, to: string): Promise<void> {
    const prompt = await test.context.db
      .selectFrom('workshop_prompts')
      .select('id')
      .where('workshop_id', '=', workshopId)
      .where('position', '=', position)
      .executeTakeFirstOrThrow();
    const moved = await lead.client.api('POST', `/api/v1/workshops/${workshopId}/prompts/${prompt.id}/stage`, { stage: to });
    assert.equal(moved.status, 204, moved.text);
  }

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    health = unitOf(test, 'health-services');
    // A lead with no workshop role: the room is opened with them as its host, and they run it.
    lead = await createLead(test, admin, 'live-lead', health);
    roundId = await createRoundByApi(test, admin, { unitIds: [unitOf(test, 'social-and-health')] });
    page = `/fi/dialogues/${roundId}/communities/${health}`;
  });
  after(() => test.close());

  it('another community’s lead cannot open this one live (404); a visitor is asked to sign in (401)', async () => {
    const other = await createLead(test, admin, 'live-other', unitOf(test, 'elderly-care'));
    const elderlyPage = `/fi/dialogues/${roundId}/communities/${unitOf(test, 'elderly-care')}`;
    assert.match((await other.client.get(elderlyPage)).text, new RegExp(`action="${elderlyPage}/live"`), 'every lead may hold theirs live');
    assert.equal((await other.client.postForm(`${page}/live`, {})).status, 404);
    assert.equal((await test.client().postForm(`${page}/live`, {})).status, 401);
  });

  it('the lead opens it live (303): the record is under way and a room has the round’s questions as prompts', async () => {
    const before = await lead.client.get(page);
    assert.match(before.text, /Käy dialogi livenä työpajahuoneessa/);
    // Two tabs and a double click at once: one room, which every press answers.
    const presses = await Promise.all([
      lead.client.postForm(`${page}/live`, {}),
      lead.client.postForm(`${page}/live`, {}),
      lead.client.api('POST', `/api/v1/dialogue-rounds/${roundId}/communities/${health}/live`),
    ]);
    const [first, second, third] = presses;
    assert.equal(first.status, 303);
    assert.equal(second.status, 303);
    assert.equal(third.status, 200, third.text);
    const rooms = await test.context.db.selectFrom('workshops').select('id').where('template', '=', 'dialogue').execute();
    assert.deepEqual(
      rooms.map((room) => room.id),
      [third.json<RecordAnswer>().workshopId],
      'no spare room is left',
    );
    assert.equal(first.location, page);
    const found = await findRecord(test.context.db, test.demo.organisationId as string, roundId, health);
    assert.equal(found?.record.status, 'under_way');
    workshopId = found?.record.workshopId as string;
    assert.ok(workshopId);
    const prompts = await test.context.db
      .selectFrom('workshop_prompts')
      .select(['position', 'text'])
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .execute();
    assert.deepEqual(
      prompts.map((prompt) => JSON.parse(prompt.text).fi),
      ['Mitä tarina merkitsee työssämme?', 'Mitä teemme toisin?', 'Mihin sitoudumme?'],
    );
    const shown = await lead.client.get(page);
    assert.match(shown.text, /Työpajahuone on avattu\./);
    const workshop = await test.context.db
      .selectFrom('workshops')
      .select('join_code')
      .where('id', '=', workshopId)
      .executeTakeFirstOrThrow();
    assert.match(shown.text, new RegExp(`koodilla ${workshop.join_code}`));
    assert.ok(shown.text.includes(`href="/fi/admin/workshops/${workshopId}"`), 'links to the room’s console');
    const console = await lead.client.get(`/fi/admin/workshops/${workshopId}`);
    assert.equal(console.status, 200, 'the lead, its host, runs the room’s console');
    const other = await createLead(test, admin, 'live-outsider', unitOf(test, 'social-services'));
    assert.equal((await other.client.get(`/fi/admin/workshops/${workshopId}`)).status, 404, 'another lead does not');
    const api = await lead.client.api('POST', `/api/v1/dialogue-rounds/${roundId}/communities/${health}/live`);
    assert.equal(api.status, 200, api.text);
    assert.equal(api.json<RecordAnswer>().workshopId, workshopId, 'opening again answers the same room');
  });

  it('three phones write notes; the lead takes them into the draft, again only the new ones, with the form as rendered', async () => {
    const workshop = await test.context.db
      .selectFrom('workshops')
      .select('join_code')
      .where('id', '=', workshopId)
      .executeTakeFirstOrThrow();
    await stage(0, 'writing');
    await phoneWrites(workshop.join_code, ['Asiakas ensin']);
    await phoneWrites(workshop.join_code, ['Yhteinen suunta']);
    await stage(1, 'writing');
    await phoneWrites(workshop.join_code, ['Kysymme\nasiakkaalta']);
    const taken = await lead.client.postForm(`${page}/live/notes`, {});
    assert.equal(taken.status, 303);
    const shown = await lead.client.get(page);
    assert.match(shown.text, /Huoneen laput ovat nyt luonnoksen vastauksissa\./);
    const fields = formAsRendered(shown.text, page);
    assert.equal(fields['answers.0'], '– Asiakas ensin\n– Yhteinen suunta');
    assert.equal(fields['answers.1'], '– Kysymme asiakkaalta');
    assert.equal(fields['answers.2'], '');
    assert.equal(fields.participants, '3', 'those who joined, as no number was written');
    const saved = await lead.client.postForm(page, { ...fields, 'answers.0': `${fields['answers.0']}\nOma lisäys`, participants: '7' });
    assert.equal(saved.status, 303);
    await phoneWrites(workshop.join_code, ['Aamupalaverit']);
    const again = await lead.client.api('POST', `/api/v1/dialogue-rounds/${roundId}/communities/${health}/live/notes`);
    assert.equal(again.status, 200, again.text);
    const body = again.json<RecordAnswer>();
    assert.deepEqual(body.answers, ['– Asiakas ensin\n– Yhteinen suunta\nOma lisäys', '– Kysymme asiakkaalta\n– Aamupalaverit', '']);
    assert.equal(body.participants, 7, 'a number written stays');
  });

  it('once held, neither opening live nor taking notes is allowed (409, in words)', async () => {
    const fields = formAsRendered((await lead.client.get(page)).text, page);
    const submitted = await lead.client.postForm(page, { ...fields, heldOn: '2026-05-20', submit: 'yes' });
    assert.equal(submitted.status, 303);
    const refused = await lead.client.api('POST', `/api/v1/dialogue-rounds/${roundId}/communities/${health}/live/notes`);
    assert.equal(refused.status, 409);
    assert.match(refused.text, /jo kirjattu käydyksi/);
    assert.equal((await lead.client.api('POST', `/api/v1/dialogue-rounds/${roundId}/communities/${health}/live`)).status, 409);
    const audited = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', roundId)
      .where('action', 'in', ['dialogues.record.live', 'dialogues.record.liveNotes'])
      .execute();
    assert.deepEqual(audited.map((row) => row.action).sort(), [
      'dialogues.record.live',
      'dialogues.record.liveNotes',
      'dialogues.record.liveNotes',
    ]);
  });

  it('notes past an answer’s limit are left out rather than cut', () => {
    const long = 'x'.repeat(5_990);
    const merged = withRoomNotes([long], { prompts: [{ position: 0, notes: ['short', 'a note far too long to fit'] }] }, 1);
    assert.equal(merged.added, 1);
    assert.equal(merged.answers[0], `${long}\n– short`);
  });
});
