import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionPath, controlsOf, currentValues, postForms } from '../../../platform/testing/html-forms.ts';
import type { TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { listMeasures } from '../queries/list-measures.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { createUnitPerson } from '../test-support/people.ts';

describe('measures (toimenpiteet) of an objective', () => {
  let test: TestApp;
  let organisationId: string;
  let objectiveId: string;
  let units: Record<string, string>;
  let manager: TestPerson;
  let owner: TestPerson;
  let other: TestPerson;

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId as string;
    units = test.demo.unitIds as Record<string, string>;
    const followUp = await loadFollowUp(test.context.db, organisationId, test.demo.processId as string);
    objectiveId = followUp.objectives.find((objective) => objective.unitId === units['education-and-culture'])?.id ?? '';
  });
  after(() => test.close());

  it('page: the unit manager adds a measure with an owner and a due date; bad input comes back 422 as typed', async () => {
    manager = await createUnitPerson(test, 'toimenpide-johtaja', 'unit_manager', units['education-and-culture']!);
    owner = await createUnitPerson(test, 'toimenpide-vastaava', 'member', units['education-and-culture']!);
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
    const measure = (await listMeasures(test.context.db, organisationId, objectiveId)).find(
      (entry) => entry.title.fi === 'Oppilaskuntien kuulemiset',
    );
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
    other = await createUnitPerson(test, 'tekninen-johtaja', 'unit_manager', units['technical-services']!);
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
        ['Toimenpidesuunnitelma vuodelle 2014', 'done'],
        ['Nuorisovaltuuston aloitteet', 'planned'],
        ['Oppilaskuntien kuulemiset', 'in_progress'],
      ],
    );
  });

  it('page: the unit manager edits a measure through its rendered form (title, owner, due day, progress); every field comes back', async () => {
    const newOwner = manager;
    const [measure] = await listMeasures(test.context.db, organisationId, objectiveId);
    const objectivePage = await manager.client.get(`/fi/admin/goals/objectives/${objectiveId}`);
    assert.match(objectivePage.text, new RegExp(`href="/fi/admin/goals/measures/${measure!.id}/edit"`));
    const editPage = await manager.client.get(`/fi/admin/goals/measures/${measure!.id}/edit`);
    assert.equal(editPage.status, 200);
    const form = postForms(editPage.text).find((candidate) => actionPath(candidate) === `/fi/admin/goals/measures/${measure!.id}/edit`);
    assert.ok(form, 'the edit page has the measure’s form');
    const posted: Record<string, string> = {};
    for (const control of controlsOf(form)) posted[control.name] = currentValues(form, control.name)[0] ?? '';
    assert.equal(posted['title.fi'], measure!.title.fi);
    assert.equal(posted.dueOn, measure!.dueOn);
    assert.equal(posted.status, measure!.status);
    const changed = {
      ...posted,
      'title.fi': 'Nuorisovaltuuston aloitteiden käsittely',
      'title.en': 'Handling the youth council’s initiatives',
      ownerEmail: newOwner.email,
      dueOn: '2014-09-30',
      status: 'done',
    };
    const bad = await manager.client.postForm(`/fi/admin/goals/measures/${measure!.id}/edit`, { ...changed, dueOn: '30.9.2014' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /class="error-summary"/);
    assert.match(bad.text, /name="dueOn"[^>]*value="30.9.2014"/);
    assert.match(bad.text, /value="Nuorisovaltuuston aloitteiden käsittely"/);
    const saved = await manager.client.postForm(`/fi/admin/goals/measures/${measure!.id}/edit`, changed);
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/fi/admin/goals/objectives/${objectiveId}`);
    assert.match((await manager.client.get(saved.location ?? '')).text, /Toimenpide on tallennettu\./);
    const reopened = postForms((await manager.client.get(`/fi/admin/goals/measures/${measure!.id}/edit`)).text).find(
      (candidate) => actionPath(candidate) === `/fi/admin/goals/measures/${measure!.id}/edit`,
    );
    assert.ok(reopened);
    for (const [name, value] of Object.entries(changed))
      if (name !== '_csrf') assert.deepEqual(currentValues(reopened, name), [value], name);
    const stored = await listMeasures(test.context.db, organisationId, objectiveId);
    assert.deepEqual(
      stored.find((entry) => entry.id === measure!.id),
      {
        id: measure!.id,
        objectiveId,
        title: { fi: 'Nuorisovaltuuston aloitteiden käsittely', sv: measure!.title.sv, en: 'Handling the youth council’s initiatives' },
        ownerUserId: newOwner.userId,
        dueOn: '2014-09-30',
        status: 'done',
      },
    );
  });

  it('permissions: another unit’s manager and the measure’s owner may not edit (403); the coordinator may, by the API; unknown 404', async () => {
    const measure = (await listMeasures(test.context.db, organisationId, objectiveId)).find((entry) => entry.ownerUserId === owner.userId);
    assert.ok(measure, 'the measure the member owns');
    assert.equal((await other.client.get(`/fi/admin/goals/measures/${measure!.id}/edit`)).status, 403);
    const body = { title: { fi: 'Ei oma' }, dueOn: '2014-06-30', status: 'planned' };
    assert.equal((await other.client.api('PUT', `/api/v1/goals/measures/${measure!.id}`, body)).status, 403);
    assert.equal((await owner.client.api('PUT', `/api/v1/goals/measures/${measure!.id}`, body)).status, 403);
    const admin = await test.adminClient();
    assert.equal((await admin.api('PUT', '/api/v1/goals/measures/no-such-measure', body)).status, 404);
    const invalid = await admin.api('PUT', `/api/v1/goals/measures/${measure!.id}`, { ...body, status: 'someday' });
    assert.equal(invalid.status, 422);
    assert.equal(
      (await admin.api('PUT', `/api/v1/goals/measures/${measure!.id}`, { ...body, title: { fi: 'Koordinaattorin korjaus' } })).status,
      204,
    );
    const [after] = (await listMeasures(test.context.db, organisationId, objectiveId)).filter((entry) => entry.id === measure!.id);
    assert.deepEqual([after?.title, after?.status, after?.ownerUserId], [{ fi: 'Koordinaattorin korjaus' }, 'planned', null]);
  });

  it('delete: the page asks first; the unit manager confirms and the measure goes, audited; others 403, the API deletes, unknown 404', async () => {
    const measures = await listMeasures(test.context.db, organisationId, objectiveId);
    const [first, second] = measures;
    assert.ok(first && second, 'two measures to delete');
    const table = await manager.client.get(`/fi/admin/goals/objectives/${objectiveId}`);
    assert.match(table.text, new RegExp(`href="/fi/admin/goals/measures/${first.id}/delete"`));
    const question = await manager.client.get(`/fi/admin/goals/measures/${first.id}/delete`);
    assert.equal(question.status, 200);
    assert.match(question.text, /Poistetaanko toimenpide/);
    assert.match(question.text, /name="confirm" value="yes"/);
    const unconfirmed = await manager.client.postForm(`/fi/admin/goals/measures/${first.id}/delete`, {});
    assert.equal(unconfirmed.status, 303);
    assert.equal(unconfirmed.location, `/fi/admin/goals/measures/${first.id}/delete`);
    assert.equal((await listMeasures(test.context.db, organisationId, objectiveId)).length, measures.length, 'nothing goes unconfirmed');
    assert.equal((await other.client.get(`/fi/admin/goals/measures/${first.id}/delete`)).status, 403);
    assert.equal((await other.client.postForm(`/fi/admin/goals/measures/${first.id}/delete`, { confirm: 'yes' })).status, 403);
    assert.equal((await owner.client.api('DELETE', `/api/v1/goals/measures/${first.id}`)).status, 403);
    const deleted = await manager.client.postForm(`/fi/admin/goals/measures/${first.id}/delete`, { confirm: 'yes' });
    assert.equal(deleted.status, 303);
    assert.equal(deleted.location, `/fi/admin/goals/objectives/${objectiveId}`);
    assert.match((await manager.client.get(deleted.location ?? '')).text, /Toimenpide on poistettu\./);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'goals.measure.delete')
      .where('subject_id', '=', objectiveId)
      .execute();
    assert.equal(audit.length, 1);
    assert.match(audit[0]!.details ?? '', new RegExp(first.id));
    const admin = await test.adminClient();
    assert.equal((await admin.api('DELETE', `/api/v1/goals/measures/${second.id}`)).status, 204);
    assert.deepEqual(
      (await listMeasures(test.context.db, organisationId, objectiveId))
        .map((entry) => entry.id)
        .filter((id) => id === first.id || id === second.id),
      [],
    );
    assert.equal((await admin.api('DELETE', `/api/v1/goals/measures/${second.id}`)).status, 404);
    assert.equal((await admin.get(`/fi/admin/goals/measures/${first.id}/delete`)).status, 404);
  });
});
