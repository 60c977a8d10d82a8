import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { listMeasures } from '../queries/list-measures.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { createUnitPerson } from '../test-support/people.ts';

describe('measures (toimenpiteet) of an objective', () => {
  let test: TestApp;
  let organisationId: string;
  let objectiveId: string;
  let units: Record<string, string>;

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId as string;
    units = test.demo.unitIds as Record<string, string>;
    const followUp = await loadFollowUp(test.context.db, organisationId, test.demo.processId as string);
    objectiveId = followUp.objectives.find((objective) => objective.unitId === units['education-and-culture'])?.id ?? '';
  });
  after(() => test.close());

  it('page: the unit manager adds a measure with an owner and a due date; bad input comes back 422 as typed', async () => {
    const manager = await createUnitPerson(test, 'toimenpide-johtaja', 'unit_manager', units['education-and-culture']!);
    const owner = await createUnitPerson(test, 'toimenpide-vastaava', 'member', units['education-and-culture']!);
    const bad = await manager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/measures`, {
      'title.fi': 'Oppilaskuntien kuulemiset',
      ownerEmail: 'ei-ketaan@example.com',
      dueOn: '2014-13-40',
      status: 'in_progress',
    });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /class="error-summary"/);
    assert.match(bad.text, /Anna päivämäärä muodossa/);
    assert.match(bad.text, /value="Oppilaskuntien kuulemiset"/);
    assert.match(bad.text, /name="dueOn"[^>]*value="2014-13-40"/);
    assert.match(bad.text, /<option value="in_progress" selected/);
    const unknownOwner = await manager.client.postForm(`/sv/admin/goals/objectives/${objectiveId}/measures`, {
      'title.fi': 'Oppilaskuntien kuulemiset',
      ownerEmail: 'ei-ketaan@example.com',
      dueOn: '2014-05-31',
    });
    assert.equal(unknownOwner.status, 422);
    assert.match(unknownOwner.text, /name="ownerEmail"[^>]*value="ei-ketaan@example.com"/);
    const created = await manager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/measures`, {
      'title.fi': 'Oppilaskuntien kuulemiset',
      'title.sv': 'Elevkårernas hörande',
      ownerEmail: owner.email,
      dueOn: '2014-05-31',
      status: 'in_progress',
    });
    assert.equal(created.status, 303);
    assert.equal(created.location, `/fi/admin/goals/objectives/${objectiveId}`);
    const page = await manager.client.get(created.location ?? '');
    assert.match(page.text, /Toimenpide on lisätty\./);
    assert.match(page.text, /<th scope="row">Oppilaskuntien kuulemiset<\/th><td>toimenpide-vastaava[^<]*<\/td>/);
    assert.match(page.text, /Käynnissä/);
    const [measure] = await listMeasures(test.context.db, organisationId, objectiveId);
    assert.deepEqual(
      { title: measure?.title, dueOn: measure?.dueOn, status: measure?.status, ownerUserId: measure?.ownerUserId },
      {
        title: { fi: 'Oppilaskuntien kuulemiset', sv: 'Elevkårernas hörande' },
        dueOn: '2014-05-31',
        status: 'in_progress',
        ownerUserId: owner.userId,
      },
    );
  });

  it('api: adds a measure; another unit’s manager is refused (403), an unknown objective answers 404', async () => {
    const other = await createUnitPerson(test, 'tekninen-johtaja', 'unit_manager', units['technical-services']!);
    const refused = await other.client.api('POST', `/api/v1/goals/objectives/${objectiveId}/measures`, {
      title: { fi: 'Ei oma' },
      dueOn: '2014-06-30',
    });
    assert.equal(refused.status, 403);
    const admin = await test.adminClient();
    const unknown = await admin.api('POST', '/api/v1/goals/objectives/unknown/measures', { title: { fi: 'X' }, dueOn: '2014-06-30' });
    assert.equal(unknown.status, 404);
    const invalid = await admin.api('POST', `/api/v1/goals/objectives/${objectiveId}/measures`, { title: { fi: 'X' }, status: 'maybe' });
    assert.equal(invalid.status, 422);
    const created = await admin.api('POST', `/api/v1/goals/objectives/${objectiveId}/measures`, {
      title: { fi: 'Nuorisovaltuuston aloitteet' },
      dueOn: '2014-03-31',
    });
    assert.equal(created.status, 201);
    const measures = await listMeasures(test.context.db, organisationId, objectiveId);
    assert.deepEqual(
      measures.map((measure) => [measure.title.fi, measure.status]),
      [
        ['Nuorisovaltuuston aloitteet', 'planned'],
        ['Oppilaskuntien kuulemiset', 'in_progress'],
      ],
    );
  });
});
