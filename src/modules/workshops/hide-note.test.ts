import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, detail, join, setStage } from './test-support/fixtures.ts';

const OFF_TOPIC = 'Myydään polkupyörä, hinta sopimuksen mukaan';

describe('a facilitator hides a note from the room and shows it again', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;
  let author: TestClient;
  let voter: TestClient;
  let hiddenId: string;
  let keptId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin, { resultsPublic: true, prompts: [{ text: { fi: 'Mikä Raumassa on parasta?' } }] });
    author = test.client({ 'accept-language': 'fi' });
    voter = test.client({ 'accept-language': 'fi' });
    await join(author, workshop.joinCode);
    await join(voter, workshop.joinCode);
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    const posted = async (client: TestClient, text: string) => {
      const response = await client.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text });
      assert.equal(response.status, 201, response.text);
      return response.json<{ id: string }>().id;
    };
    hiddenId = await posted(author, OFF_TOPIC);
    keptId = await posted(voter, 'Vanha Rauma ja sen puutalot');
  });
  after(() => test.close());

  const contribution = (id: string) =>
    test.context.db.selectFrom('contributions').select('text').where('source_id', '=', id).executeTakeFirst();
  const audits = (action: string) => test.context.db.selectFrom('audit_log').select('details').where('action', '=', action).execute();
  const room = (client: TestClient) => client.get(`/fi/workshops/${workshop.id}`);

  it('hides a note through the console’s plain form: off the walls and the projector, out of the corpus, audited', async () => {
    const before = await room(voter);
    assert.ok(before.text.includes(OFF_TOPIC), 'the others see the note before it is hidden');
    const hidden = await admin.postForm(`/fi/admin/workshops/${workshop.id}/actions/hide`, { noteId: hiddenId });
    assert.equal(hidden.status, 303);
    assert.match(hidden.headers.get('location') ?? '', new RegExp(`#note-${hiddenId}$`));
    assert.equal(await contribution(hiddenId), undefined, 'its contribution left the corpus');
    assert.ok(await contribution(keptId), 'the other note stays in the corpus');
    const audit = await audits('workshops.note.hide');
    assert.equal(audit.length, 1);
    assert.equal(JSON.parse(audit[0]!.details).noteId, hiddenId);

    const others = await room(voter);
    assert.equal(others.status, 200);
    assert.ok(!others.text.includes(OFF_TOPIC), 'another participant’s wall no longer holds it');
    assert.ok(others.text.includes('Vanha Rauma ja sen puutalot'));
    const own = await room(author);
    const hiddenSection = /<section id="workshop-hidden-notes"[^>]*>([\s\S]*?)<\/section>/.exec(own.text);
    assert.ok(hiddenSection, 'the author’s room has the section of hidden notes');
    assert.doesNotMatch(hiddenSection[0], /<section[^>]* hidden/);
    assert.match(hiddenSection[1]!, /Fasilitaattorin piilottamat lappusi/);
    assert.ok(hiddenSection[1]!.includes(OFF_TOPIC), 'the author sees their note, marked hidden by the facilitator');
    const ownList = /<ul[^>]*id="workshop-own-notes"[^>]*>([\s\S]*?)<\/ul>/.exec(own.text);
    assert.ok(!ownList?.[1]?.includes(OFF_TOPIC), 'a hidden note is not offered for editing');
    const projector = await admin.get(`/fi/admin/workshops/${workshop.id}/projector`);
    assert.ok(!projector.text.includes(OFF_TOPIC), 'the projector no longer shows it');

    const console = await admin.get(`/fi/admin/workshops/${workshop.id}`);
    const item = new RegExp(`<li class="workshop-note workshop-note--hidden" id="note-${hiddenId}"[\\s\\S]*?</li>`).exec(console.text);
    assert.ok(item, 'the console keeps the note, greyed as hidden');
    assert.match(item[0], /Piilotettu/);
    assert.match(item[0], /Näytä taas/);
    assert.ok(item[0].includes(`/fi/admin/workshops/${workshop.id}/actions/unhide`));
    const actions = await admin.get(`/fi/admin/workshops/${workshop.id}/notes/${hiddenId}`);
    assert.match(actions.text, /Tämä lappu on piilotettu huoneesta\./);
    assert.ok(actions.text.includes('/actions/unhide'));
    assert.ok(!actions.text.includes('/actions/move'), 'a hidden note is not moved before it is shown again');
  });

  it('refuses editing, moving or merging a hidden note with a clear message, and lets no participant hide notes', async () => {
    const edit = await author.api('PATCH', `/api/v1/workshops/${workshop.id}/notes/${hiddenId}`, { text: 'Muokattu' });
    assert.equal(edit.status, 409);
    assert.equal(detail(edit), 'Fasilitaattori piilotti tämän lapun, joten sitä ei voi enää muokata.');
    const merge = await admin.api('POST', `/api/v1/workshops/${workshop.id}/notes/${keptId}/merge`, { intoNoteId: hiddenId });
    assert.equal(merge.status, 409);
    assert.match(detail(merge), /Lappu on piilotettu\. Näytä se ensin taas/);
    const move = await admin.api('POST', `/api/v1/workshops/${workshop.id}/notes/${hiddenId}/move`, { clusterId: null });
    assert.equal(move.status, 409);
    const byParticipant = await voter.api('POST', `/api/v1/workshops/${workshop.id}/notes/${keptId}/hide`, {});
    assert.ok(byParticipant.status === 401 || byParticipant.status === 403, byParticipant.text);
    const still = await test.context.db.selectFrom('workshop_notes').select('hidden_at').where('id', '=', keptId).executeTakeFirstOrThrow();
    assert.equal(still.hidden_at, null);
  });

  it('shows the note again through the API: back on the walls and in the corpus, audited', async () => {
    const shown = await admin.api('POST', `/api/v1/workshops/${workshop.id}/notes/${hiddenId}/unhide`, {});
    assert.equal(shown.status, 204, shown.text);
    assert.equal((await contribution(hiddenId))?.text, OFF_TOPIC);
    assert.equal((await audits('workshops.note.unhide')).length, 1);
    assert.ok((await room(voter)).text.includes(OFF_TOPIC));
    const own = await room(author);
    assert.match(own.text, /<section id="workshop-hidden-notes"[^>]* hidden/);
  });

  it('during the vote, hiding gives the note’s dots back and refuses new ones; results, summary and close leave it out', async () => {
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'voting');
    const vote = (client: TestClient) =>
      client.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'note', targetId: hiddenId });
    assert.equal((await vote(voter)).status, 200);
    assert.equal((await vote(voter)).status, 200);
    const hidden = await admin.api('POST', `/api/v1/workshops/${workshop.id}/notes/${hiddenId}/hide`, {});
    assert.equal(hidden.status, 204, hidden.text);
    const votes = await test.context.db.selectFrom('workshop_votes').select('id').where('note_id', '=', hiddenId).execute();
    assert.equal(votes.length, 0, 'the dots on the hidden note were given back');
    assert.match((await room(voter)).text, /Pisteitä jäljellä 3\/3/);
    const refused = await vote(voter);
    assert.equal(refused.status, 409);
    assert.equal(
      detail(refused),
      'Fasilitaattori piilotti tämän lapun, joten sille ei voi antaa pistettä. Anna pisteesi toiselle lapulle tai ryhmälle.',
    );
    assert.equal((await voter.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'note', targetId: keptId })).status, 200);

    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'results');
    const visitor = test.client({ 'accept-language': 'fi' });
    const results = await visitor.get(`/fi/workshops/${workshop.id}/results`);
    assert.equal(results.status, 200);
    assert.ok(results.text.includes('Vanha Rauma ja sen puutalot'));
    assert.ok(!results.text.includes(OFF_TOPIC), 'public results leave the hidden note out');
    const summary = await visitor.get(`/fi/workshops/${workshop.id}/summary`);
    assert.equal(summary.status, 200);
    assert.ok(!summary.text.includes(OFF_TOPIC), 'the printable summary leaves it out');
    const facilitatorResults = await admin.get(`/fi/workshops/${workshop.id}/results`);
    assert.ok(!facilitatorResults.text.includes(OFF_TOPIC));

    const csv = await admin.get(`/api/v1/workshops/${workshop.id}/export?format=csv`);
    const header = csv.text.replace(/^\uFEFF/, '').split('\n')[0]!;
    assert.ok(header.trim().endsWith(',hidden_at'));
    const row = csv.text.split('\n').find((line) => line.includes(OFF_TOPIC));
    assert.match(row ?? '', /,\d{4}-\d\d-\d\dT[^,]*Z\s*$/, 'the facilitator’s export keeps the note with when it was hidden');

    const closed = await admin.postForm(`/fi/admin/workshops/${workshop.id}/close`, {});
    assert.equal(closed.status, 303);
    assert.equal(await contribution(hiddenId), undefined, 'closing the workshop does not bring it back to the corpus');
    assert.ok(await contribution(keptId));
    const late = await admin.api('POST', `/api/v1/workshops/${workshop.id}/notes/${hiddenId}/unhide`, {});
    assert.equal(late.status, 409, 'nothing is hidden or shown after the end');
  });
});
