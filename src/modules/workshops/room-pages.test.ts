import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, setStage } from './test-support/fixtures.ts';

/** Joins through the plain pages, as a phone without JavaScript does. */
async function joinByForm(phone: TestClient, code: string, fields: Record<string, string> = {}) {
  const typed = await phone.postForm('/fi/join', { code: code.toLowerCase() });
  assert.equal(typed.status, 303, typed.text);
  assert.equal(typed.location, `/fi/join/${code}`);
  const details = await phone.get(typed.location!);
  assert.equal(details.status, 200);
  const joined = await phone.postForm(`/fi/join/${code}`, fields);
  return joined;
}

describe('workshop pages without JavaScript: join, write, edit, withdraw, vote, reload the wall', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;
  let phone: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin, { groups: [{ name: 'Pöytä A' }, { name: 'Pöytä B' }], dotsPerParticipant: 2 });
    phone = test.client();
  });
  after(() => test.close());

  it('refuses a wrong code at the field and an ended workshop’s code as expired, in the user’s language', async () => {
    const wrong = await test.client().postForm('/fi/join', { code: 'QQQQQQ' });
    assert.equal(wrong.status, 404);
    assert.match(wrong.text, /Tällä koodilla ei löytynyt työpajaa/);
    const bad = await test.client().postForm('/sv/join', { code: '!!' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /bara bokstäver och siffror/);
    const demoId = (test.demo.workshopIds as Record<string, string>)['raumaviisaat-future-workshop']!;
    const demo = await test.context.db.selectFrom('workshops').select('join_code').where('id', '=', demoId).executeTakeFirstOrThrow();
    const expired = await test.client().postForm('/en/join', { code: demo.join_code });
    assert.equal(expired.status, 410);
    assert.match(expired.text, /has ended/);
  });

  it('asks for a group when the workshop has tables, then lets the phone in', async () => {
    const missing = await joinByForm(phone, workshop.joinCode);
    assert.equal(missing.status, 422);
    assert.match(missing.text, /Valitse ryhmäsi/);
    const joined = await phone.postForm(`/fi/join/${workshop.joinCode}`, { groupId: workshop.groups[0]!.id });
    assert.equal(joined.status, 303);
    assert.equal(joined.location, `/fi/workshops/${workshop.id}`);
    const room = await phone.get(joined.location!);
    assert.equal(room.status, 200);
    assert.match(room.text, /Fasilitaattori ei ole vielä aloittanut/);
  });

  it('posts a note by form while writing is open and shows it on the wall after a reload', async () => {
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    const room = await phone.get(`/fi/workshops/${workshop.id}`);
    assert.match(room.text, /Lähetä lappu/);
    const posted = await phone.postForm(`/fi/workshops/${workshop.id}/notes`, { text: 'Kävelykatu Kauppakadulle' });
    assert.equal(posted.status, 303);
    const reloaded = await phone.get(`/fi/workshops/${workshop.id}`);
    assert.match(reloaded.text, /Lappusi on seinällä/);
    assert.match(reloaded.text, /<p class="workshop-note__text">Kävelykatu Kauppakadulle<\/p>/);
  });

  it('keeps the text of a refused note in the form (too long), with the limit in words', async () => {
    const long = 'Pitkä ajatus '.repeat(20);
    const refused = await phone.postForm(`/fi/workshops/${workshop.id}/notes`, { text: long });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /enintään 120 merkkiä/);
    assert.ok(refused.text.includes(long.trim()), 'the text is still in the textarea');
  });

  it('edits and withdraws one’s own note; another phone cannot touch it', async () => {
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const other = test.client();
    await other.postForm(`/fi/join/${workshop.joinCode}`, { groupId: workshop.groups[1]!.id });
    const foreign = await other.postForm(`/fi/workshops/${workshop.id}/notes/${note.id}/edit`, { text: 'Kaapattu' });
    assert.equal(foreign.status, 403);
    const edited = await phone.postForm(`/fi/workshops/${workshop.id}/notes/${note.id}/edit`, { text: 'Kävelykatu koko keskustaan' });
    assert.equal(edited.status, 303);
    const contribution = await test.context.db
      .selectFrom('contributions')
      .select('text')
      .where('source_id', '=', note.id)
      .executeTakeFirstOrThrow();
    assert.equal(contribution.text, 'Kävelykatu koko keskustaan');
    const withdrawn = await phone.postForm(`/fi/workshops/${workshop.id}/notes/${note.id}/withdraw`, {});
    assert.equal(withdrawn.status, 303);
    const gone = await test.context.db.selectFrom('contributions').select('id').where('source_id', '=', note.id).executeTakeFirst();
    assert.equal(gone, undefined);
  });

  it('refuses writing once the facilitator moved on, keeping the text; dots by form within the limit', async () => {
    await phone.postForm(`/fi/workshops/${workshop.id}/notes`, { text: 'Lisää pyöräteitä' });
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'voting');
    const late = await phone.postForm(`/fi/workshops/${workshop.id}/notes`, { text: 'Myöhästynyt ajatus' });
    assert.equal(late.status, 409);
    assert.match(late.text, /Myöhästynyt ajatus/);
    assert.match(late.text, /ei ole nyt auki/);
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const vote = () => phone.postForm(`/fi/workshops/${workshop.id}/votes`, { targetType: 'note', targetId: note.id });
    assert.equal((await vote()).status, 303);
    assert.equal((await vote()).status, 303);
    const third = await vote();
    assert.equal(third.status, 409);
    assert.match(third.text, /kaikki 2 pistettäsi/);
    const room = await phone.get(`/fi/workshops/${workshop.id}`);
    assert.match(room.text, /Pisteitä jäljellä 0\/2/);
    const back = await phone.postForm(`/fi/workshops/${workshop.id}/votes/remove`, { targetType: 'note', targetId: note.id });
    assert.equal(back.status, 303);
  });

  it('ends the workshop: the flash, the console and the phone’s room say that the workshop (not a seminar) ended', async () => {
    const closed = await admin.postForm(`/fi/admin/workshops/${workshop.id}/close`, { confirm: 'yes' });
    assert.equal(closed.status, 303, closed.text);
    const console = await admin.get(closed.location!);
    assert.match(console.text, /Työpaja päätettiin\./);
    assert.match(console.text, /Työpaja on päättynyt\. Koodi ei ole enää käytössä\./);
    const room = await phone.get(`/fi/workshops/${workshop.id}`);
    assert.match(room.text, /Työpaja on päättynyt\. Kiitos osallistumisesta!/);
  });
});
