import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, type TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { listObjectivesForPicker } from '../../goals/index.ts';
import { formAsRendered } from '../test-support/forms.ts';
import { createLead, createRoundByApi, unitOf } from '../test-support/world.ts';

type Answer = { commitments: Array<{ id: string; what: string; status: string }> };

describe('following up commitments: status changes by the lead or the coordinator, with history', () => {
  let test: TestApp;
  let admin: TestClient;
  let lead: TestPerson;
  let roundId: string;
  let health: string;
  let page: string;
  let first: string;
  let second: string;
  const statusApi = (commitmentId: string, unitId = health) =>
    `/api/v1/dialogue-rounds/${roundId}/communities/${unitId}/commitments/${commitmentId}/status`;
  const history = (commitmentId: string) =>
    test.context.db
      .selectFrom('dialogue_commitment_changes')
      .select(['from_status', 'to_status', 'changed_by_user_id'])
      .where('commitment_id', '=', commitmentId)
      .orderBy('changed_at')
      .orderBy('id')
      .execute();

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    health = unitOf(test, 'health-services');
    lead = await createLead(test, admin, 'follow-lead', health);
    roundId = await createRoundByApi(test, admin, { unitIds: [unitOf(test, 'social-and-health')] });
    page = `/fi/dialogues/${roundId}/communities/${health}`;
    const held = await lead.client.api('PUT', `/api/v1/dialogue-rounds/${roundId}/communities/${health}/record`, {
      heldOn: '2026-05-20',
      participants: 8,
      answers: ['A', 'B', 'C'],
      commitments: [
        { what: 'Palautekysely joka kuukausi', whoRole: 'esihenkilö' },
        { what: 'Aamupalaverit', whoRole: 'koko työyhteisö' },
      ],
      submit: true,
    });
    assert.equal(held.status, 200, held.text);
    const body = held.json<Answer>();
    assert.deepEqual(
      body.commitments.map((commitment) => commitment.status),
      ['planned', 'planned'],
    );
    [first, second] = body.commitments.map((commitment) => commitment.id) as [string, string];
  });
  after(() => test.close());

  it('page: the lead follows a commitment from the dialogue’s page and moves it on with the form as rendered', async () => {
    const record = await lead.client.get(page);
    assert.match(record.text, /Sitoumusten seuranta/);
    const commitmentPage = `${page}/commitments/${first}`;
    assert.ok(record.text.includes(`href="${commitmentPage}"`), 'the dialogue’s page links to the commitment’s follow-up');
    const before = await lead.client.get(commitmentPage);
    assert.equal(before.status, 200);
    assert.match(before.text, /<label for="field-status" class="field__label">Tila/);
    assert.match(before.text, /Tilaa ei ole vielä muutettu\./);
    const action = `${commitmentPage}/status`;
    const fields = formAsRendered(before.text, action);
    assert.deepEqual(fields, { status: 'planned' });
    const saved = await lead.client.postForm(action, { ...fields, status: 'in_progress' });
    assert.equal(saved.status, 303);
    assert.match(saved.headers.get('location') ?? '', new RegExp(`${commitmentPage}$`));
    const after = await lead.client.get(commitmentPage);
    assert.match(after.text, /Sitoumuksen tila on tallennettu\./);
    assert.match(after.text, /Tila nyt: Käynnissä/);
    assert.match(after.text, /: Suunniteltu → Käynnissä/);
    assert.deepEqual(formAsRendered(after.text, action), { status: 'in_progress' });
    assert.deepEqual(
      (await history(first)).map((row) => [row.from_status, row.to_status, row.changed_by_user_id]),
      [['planned', 'in_progress', lead.userId]],
    );
    const refused = await lead.client.postForm(action, { status: 'ei-mikaan' });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /id="field-status-error"/);
  });

  it('api: the coordinator marks it done; the same status again writes no history', async () => {
    const done = await admin.api('PUT', statusApi(first), { status: 'done' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json<Answer>().commitments.find((commitment) => commitment.id === first)?.status, 'done');
    assert.equal((await admin.api('PUT', statusApi(first), { status: 'done' })).status, 200);
    assert.deepEqual(
      (await history(first)).map((row) => row.to_status),
      ['in_progress', 'done'],
    );
    const audited = await test.context.db
      .selectFrom('audit_log')
      .select(['details', 'subject_type'])
      .where('action', '=', 'dialogues.commitment.status')
      .where('subject_id', '=', first)
      .orderBy('chain_seq')
      .execute();
    assert.deepEqual(
      audited.map((row) => [row.subject_type, JSON.parse(row.details).from, JSON.parse(row.details).to]),
      [
        ['dialogue_commitment', 'planned', 'in_progress'],
        ['dialogue_commitment', 'in_progress', 'done'],
      ],
    );
  });

  it('two changes at once: each one answered 200 is in the history exactly once, the other refused 409', async () => {
    const answers = await Promise.all([
      lead.client.api('PUT', statusApi(second), { status: 'dropped' }),
      admin.api('PUT', statusApi(second), { status: 'in_progress' }),
    ]);
    for (const answer of answers) assert.ok([200, 409].includes(answer.status), answer.text);
    const rows = await history(second);
    assert.equal(rows.length, answers.filter((answer) => answer.status === 200).length);
    assert.equal(rows[0]?.from_status, 'planned');
    const stored = await test.context.db
      .selectFrom('dialogue_commitments')
      .select('status')
      .where('id', '=', second)
      .executeTakeFirstOrThrow();
    assert.equal(stored.status, rows.at(-1)?.to_status);
  });

  it('links a commitment to a unit objective of the process (page and API), unlinks it, and refuses another’s (422)', async () => {
    const objectives = await listObjectivesForPicker(test.context.db, test.demo.organisationId as string, test.demo.processId as string);
    assert.ok(objectives.length >= 2, 'the demo process has unit objectives');
    const commitmentPage = `${page}/commitments/${first}`;
    const action = `${commitmentPage}/objective`;
    const before = await lead.client.get(commitmentPage);
    assert.match(before.text, /Sitoumusta ei ole liitetty yksikön tavoitteeseen\./);
    const fields = formAsRendered(before.text, action);
    assert.deepEqual(fields, { objectiveId: '' });
    const chosen = objectives[1]!;
    const saved = await lead.client.postForm(action, { objectiveId: chosen.id });
    assert.equal(saved.status, 303);
    const after = await lead.client.get(commitmentPage);
    assert.match(after.text, /Sitoumuksen tavoite on tallennettu\./);
    assert.ok(after.text.includes(`seurataan tavoitteen ”${chosen.title.fi}”`));
    assert.deepEqual(formAsRendered(after.text, action), { objectiveId: chosen.id });
    const api = `/api/v1/dialogue-rounds/${roundId}/communities/${health}/commitments/${first}/objective`;
    const bad = await admin.api('PUT', api, { objectiveId: 'no-such-objective' });
    assert.equal(bad.status, 422, bad.text);
    assert.match(bad.text, /"field":"objectiveId"/);
    const refusedForm = await lead.client.postForm(action, { objectiveId: 'no-such-objective' });
    assert.equal(refusedForm.status, 422);
    assert.match(refusedForm.text, /Valitse jokin luettelon tavoitteista\./);
    const unlinked = await admin.api('PUT', api, { objectiveId: null });
    assert.equal(unlinked.status, 200, unlinked.text);
    assert.equal(
      unlinked.json<{ commitments: Array<{ id: string; objectiveId: string | null }> }>().commitments.find((c) => c.id === first)
        ?.objectiveId,
      null,
    );
    const audited = await test.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'dialogues.commitment.link')
      .where('subject_id', '=', first)
      .orderBy('chain_seq')
      .execute();
    assert.deepEqual(
      audited.map((row) => JSON.parse(row.details).to),
      [chosen.id, null],
    );
    const staff = await createPerson(test, 'objective-staff', { roles: ['member'], unitId: health });
    assert.equal((await staff.client.api('PUT', api, { objectiveId: chosen.id })).status, 403);
  });

  it('bad input and who may: an unknown status 422 at the field, another community’s lead 404, staff 403, a visitor 401, a draft’s commitment 409', async () => {
    const bad = await lead.client.api('PUT', statusApi(first), { status: 'finished' });
    assert.equal(bad.status, 422, bad.text);
    assert.match(bad.text, /"field":"status"/);
    const otherLead = await createLead(test, admin, 'follow-other', unitOf(test, 'elderly-care'));
    assert.equal((await otherLead.client.api('PUT', statusApi(first), { status: 'planned' })).status, 404);
    const staff = await createPerson(test, 'follow-staff', { roles: ['member'], unitId: health });
    assert.equal((await staff.client.api('PUT', statusApi(first), { status: 'planned' })).status, 403);
    assert.equal((await test.client().api('PUT', statusApi(first), { status: 'planned' })).status, 401);
    assert.equal((await admin.api('PUT', statusApi('no-such-commitment'), { status: 'planned' })).status, 404);

    const elderly = unitOf(test, 'elderly-care');
    const draft = await otherLead.client.api('PUT', `/api/v1/dialogue-rounds/${roundId}/communities/${elderly}/record`, {
      answers: [],
      commitments: [{ what: 'Luonnos', whoRole: 'tiimi' }],
    });
    assert.equal(draft.status, 200, draft.text);
    const draftCommitment = draft.json<Answer>().commitments[0]!.id;
    const refused = await otherLead.client.api('PUT', statusApi(draftCommitment, elderly), { status: 'done' });
    assert.equal(refused.status, 409, refused.text);
    assert.match(refused.text, /kirjaus on lähetetty/);
    assert.equal((await history(first)).length, 2);
  });
});
