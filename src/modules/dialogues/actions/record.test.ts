import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, type TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { findRecord } from '../queries/find-record.ts';
import { formAsRendered } from '../test-support/forms.ts';
import { createLead, createRoundByApi, unitOf } from '../test-support/world.ts';

describe('holding a dialogue: the lead opens, records and submits it', () => {
  let test: TestApp;
  let admin: TestClient;
  let lead: TestPerson;
  let roundId: string;
  let health: string;
  let page: string;
  const organisationId = () => test.demo.organisationId as string;
  const dialogueContributions = () =>
    test.context.db
      .selectFrom('contributions')
      .select(['text', 'author_user_id', 'source_type'])
      .where('organisation_id', '=', organisationId())
      .where('channel', '=', 'dialogue')
      // This test's round only: the demo holds its own round's dialogues too.
      .where('participant_key', 'in', test.context.db.selectFrom('dialogue_records').select('id').where('round_id', '=', roundId))
      .execute();

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    health = unitOf(test, 'health-services');
    lead = await createLead(test, admin, 'dialogue-lead', health);
    roundId = await createRoundByApi(test, admin, { unitIds: [unitOf(test, 'social-and-health')] });
    page = `/fi/dialogues/${roundId}/communities/${health}`;
  });
  after(() => test.close());

  it('the guide lists the lead’s work community, not started; its page offers to open it', async () => {
    const guide = await lead.client.get(`/fi/dialogues/${roundId}`);
    assert.equal(guide.status, 200);
    assert.match(guide.text, /Terveyspalvelut/);
    assert.match(guide.text, /Ei aloitettu/);
    assert.match(guide.text, /Mitä teemme toisin\?/);
    const community = await lead.client.get(page);
    assert.equal(community.status, 200);
    assert.match(community.text, /Avaa dialogi/);
  });

  it('opening (303) makes it under way, once even when two opens race', async () => {
    const [first, second] = await Promise.all([lead.client.postForm(`${page}/open`, {}), lead.client.postForm(`${page}/open`, {})]);
    assert.equal(first.status, 303);
    assert.equal(second.status, 303);
    assert.equal(first.location, page);
    const opened = await lead.client.get(page);
    assert.match(opened.text, /Dialogi on avattu\./);
    assert.match(opened.text, /Käynnissä/);
    const rows = await test.context.db.selectFrom('dialogue_records').select('id').where('round_id', '=', roundId).execute();
    assert.equal(rows.length, 1);
  });

  it('a draft saved from the rendered form comes back field by field, and is not yet a contribution', async () => {
    const fields = formAsRendered((await lead.client.get(page)).text, page);
    const draft = {
      ...fields,
      heldOn: '2026-05-20',
      participants: '12',
      'answers.0': 'Asiakas ensin.',
      'answers.1': 'Kysymme asiakkaalta.',
      'answers.2': '',
      'commitments.0.what': 'Palautekysely joka kuukausi',
      'commitments.0.whoRole': 'esihenkilö',
      'commitments.0.dueOn': '2026-09-30',
    };
    const saved = await lead.client.postForm(page, draft);
    assert.equal(saved.status, 303);
    const again = formAsRendered((await lead.client.get(page)).text, page);
    for (const [name, value] of Object.entries(draft)) assert.equal(again[name], value, name);
    assert.equal(again['commitments.1.what'], '', 'an empty row to add another');
    const member = await createPerson(test, 'dialogue-draft-reader', { roles: ['member'], unitId: health });
    const read = await member.client.get(page);
    assert.equal(read.status, 200, 'the community’s members see the draft');
    assert.match(read.text, /Tämä on kirjauksen luonnos/);
    assert.match(read.text, /Kysymme asiakkaalta\./);
    assert.match(read.text, /Palautekysely joka kuukausi/);
    assert.doesNotMatch(read.text, /name="answers\.0"/, 'read only');
    assert.equal((await dialogueContributions()).length, 0);
  });

  it('submitting without the number of participants comes back (422) with the error at the field and nothing lost', async () => {
    const fields = formAsRendered((await lead.client.get(page)).text, page);
    const refused = await lead.client.postForm(page, { ...fields, participants: '', 'answers.2': 'Kokeilemme.', submit: 'yes' });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /Anna osallistujien määrä ennen kuin lähetät kirjauksen\./);
    assert.match(refused.text, /Kokeilemme\./);
    const found = await findRecord(test.context.db, organisationId(), roundId, health);
    assert.equal(found?.record.status, 'under_way');
  });

  it('submitting makes it held, on time; its answers and commitments become contributions without an author', async () => {
    const fields = formAsRendered((await lead.client.get(page)).text, page);
    const submitted = await lead.client.postForm(page, { ...fields, 'answers.2': 'Kokeilemme.', submit: 'yes' });
    assert.equal(submitted.status, 303);
    const held = await lead.client.get(page);
    assert.match(held.text, /Kirjaus on lähetetty\. Kiitos!/);
    assert.match(held.text, /Käyty/);
    const found = await findRecord(test.context.db, organisationId(), roundId, health);
    assert.equal(found?.record.status, 'held');
    assert.equal(found?.record.late, false);
    assert.equal(found?.record.participants, 12);
    const contributions = await dialogueContributions();
    assert.deepEqual(contributions.map((contribution) => contribution.text).sort(), [
      'Asiakas ensin.',
      'Kokeilemme.',
      'Kysymme asiakkaalta.',
      'Palautekysely joka kuukausi',
    ]);
    assert.ok(contributions.every((contribution) => contribution.author_user_id === null));
  });

  it('api: a record submitted after the due date is accepted and marked late', async () => {
    const pastRound = await createRoundByApi(test, admin, { opensOn: '2020-01-01', dueOn: '2020-02-01', questions: 'Yksi' });
    const response = await lead.client.api('PUT', `/api/v1/dialogue-rounds/${pastRound}/communities/${health}/record`, {
      heldOn: '2020-03-01',
      participants: 4,
      answers: ['Myöhässä mutta mukana.'],
      commitments: [{ what: 'Jatketaan', whoRole: 'koko työyhteisö' }],
      submit: true,
    });
    assert.equal(response.status, 200, response.text);
    const body = response.json<{ status: string; late: boolean; commitments: Array<{ what: string; status: string }> }>();
    assert.equal(body.status, 'held');
    assert.equal(body.late, true);
    assert.deepEqual(
      body.commitments.map((commitment) => [commitment.what, commitment.status]),
      [['Jatketaan', 'planned']],
    );
  });

  it('who may: others’ leads and staff get 404, the community’s members and the coordinator read it but may not edit (403), a visitor 401', async () => {
    const member = await createPerson(test, 'dialogue-member', { roles: ['member'], unitId: health });
    const read = await member.client.get(page);
    assert.equal(read.status, 200, 'a member of the work community reads its dialogue');
    assert.match(read.text, /Asiakas ensin\./);
    assert.doesNotMatch(read.text, /name="heldOn"/);
    assert.equal((await member.client.postForm(page, { heldOn: '2026-05-01' })).status, 403);
    const guide = await member.client.get(`/fi/dialogues/${roundId}`);
    assert.match(guide.text, /Oman työyhteisösi dialogi:/);
    assert.ok(guide.text.includes(`href="${page}"`), 'the guide links the member to their community’s dialogue');
    const staff = await createPerson(test, 'dialogue-staff', { roles: ['member'], unitId: unitOf(test, 'elderly-care') });
    assert.equal((await staff.client.get(page)).status, 404, 'a member of another work community does not');
    const otherLead = await createLead(test, admin, 'dialogue-other-lead', unitOf(test, 'elderly-care'));
    assert.equal((await otherLead.client.get(page)).status, 404);
    assert.equal((await otherLead.client.postForm(`${page}/open`, {})).status, 404);
    const coordinator = await admin.get(page);
    assert.equal(coordinator.status, 200);
    assert.match(coordinator.text, /Asiakas ensin\./);
    assert.doesNotMatch(coordinator.text, /name="heldOn"/);
    assert.equal((await admin.postForm(page, { heldOn: '2026-05-01' })).status, 403);
    assert.equal((await test.client().postForm(page, {})).status, 401);
    const outside = `/fi/dialogues/${roundId}/communities/${unitOf(test, 'administration-and-hr')}`;
    assert.equal((await admin.get(outside)).status, 404);
  });
});
