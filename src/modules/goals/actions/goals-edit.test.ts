import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { findGoal, findIndicator, findObjective } from '../queries/find-goal-parts.ts';
import type { GoalsDemoState } from '../seed-demo.ts';
import { createUnitPerson } from '../test-support/people.ts';

describe('editing goals, objectives and indicators on both surfaces', () => {
  let test: TestApp;
  let admin: TestClient;
  let educationManager: TestPerson;
  let organisationId: string;
  let units: Record<string, string>;
  let ids: GoalsDemoState;
  /** The demo's objective of education and culture (the second of the first goal) and its indicator. */
  let objectiveId: string;
  let indicatorId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    organisationId = test.demo.organisationId as string;
    units = test.demo.unitIds as Record<string, string>;
    ids = test.demo.goals as GoalsDemoState;
    objectiveId = ids.objectiveIds[1]!;
    indicatorId = ids.indicatorIds[1]!;
    educationManager = await createUnitPerson(test, 'sivistys-johtaja', 'unit_manager', units['education-and-culture']!);
  });
  after(() => test.close());

  it('page: the coordinator edits a goal; its form shows the saved values and a new paragraph moves the trace link', async () => {
    const goalId = ids.goalIds[0]!;
    const form = await admin.get(`/fi/admin/goals/goals/${goalId}/edit`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="title.fi"[^>]*value="Yhdessä tehty Rauma"/);
    const empty = await admin.postForm(`/fi/admin/goals/goals/${goalId}/edit`, { 'title.fi': '', paragraphId: 'kpl-9' });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /name="paragraphId"[^>]*value="kpl-9"/);
    const first = await admin.postForm(`/fi/admin/goals/goals/${goalId}/edit`, { 'title.fi': 'Yhdessä tehty Rauma', paragraphId: 'kpl-2' });
    assert.equal(first.status, 303);
    const saved = await admin.postForm(`/fi/admin/goals/goals/${goalId}/edit`, {
      'title.fi': 'Yhdessä tehtävä Rauma',
      'title.sv': 'Raumo tillsammans',
      'description.fi': 'Uusi kuvaus',
      paragraphId: 'kpl-3',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/fi/admin/goals/goals/${goalId}`);
    const goal = await findGoal(test.context.db, organisationId, goalId);
    assert.deepEqual(
      [goal?.title.fi, goal?.title.sv, goal?.description.fi, goal?.paragraphId],
      ['Yhdessä tehtävä Rauma', 'Raumo tillsammans', 'Uusi kuvaus', 'kpl-3'],
    );
    const links = await test.context.db
      .selectFrom('links')
      .select('to_id')
      .where('from_id', '=', goalId)
      .where('relation', '=', 'derived_from')
      .execute();
    assert.deepEqual(
      links.map((link) => link.to_id),
      ['kpl-3'],
    );
    assert.equal((await educationManager.client.get(`/fi/admin/goals/goals/${goalId}/edit`)).status, 403);
  });

  it('page: a unit manager edits their unit’s objective, but cannot move it to a unit they do not manage', async () => {
    const page = await educationManager.client.get(`/fi/admin/goals/objectives/${objectiveId}`);
    assert.match(page.text, new RegExp(`href="/fi/admin/goals/objectives/${objectiveId}/edit"`));
    const form = await educationManager.client.get(`/fi/admin/goals/objectives/${objectiveId}/edit`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="ownerEmail"[^>]*value="unit-manager-education-and-culture@demo.tarina.invalid"/);
    const foreign = await educationManager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/edit`, {
      unitId: units['technical-services']!,
      'title.fi': 'Siirretty',
    });
    assert.equal(foreign.status, 422);
    assert.match(foreign.text, /Et voi lisätä tavoitteita tälle yksikölle/);
    assert.match(foreign.text, /value="Siirretty"/);
    const saved = await educationManager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/edit`, {
      unitId: units['basic-education']!,
      'title.fi': 'Oppilaat osallistuvat',
      ownerEmail: educationManager.email,
    });
    assert.equal(saved.status, 303);
    const objective = await findObjective(test.context.db, organisationId, objectiveId);
    assert.deepEqual(
      [objective?.unitId, objective?.title.fi, objective?.ownerUserId],
      [units['basic-education'], 'Oppilaat osallistuvat', educationManager.userId],
    );
    const other = ids.objectiveIds[2]!;
    assert.equal((await educationManager.client.get(`/fi/admin/goals/objectives/${other}/edit`)).status, 403);
  });

  it('api: PUT replaces an indicator and keeps its targets; bad input is a 422 problem, a foreign unit’s indicator 403, unknown 404', async () => {
    const body = {
      name: { fi: 'Oppilaskuntien aloitteet', en: 'Initiatives of pupil councils' },
      definition: { fi: 'Aloitteiden määrä' },
      measureUnit: 'kpl',
      direction: 'up',
      sourceKind: 'statistic',
      sourceCode: 'sotkanet:99',
      baselineValue: 10,
      baselineOn: '2013-06-30',
    };
    const put = await educationManager.client.api('PUT', `/api/v1/goals/indicators/${indicatorId}`, body);
    assert.equal(put.status, 204);
    const indicator = await findIndicator(test.context.db, organisationId, indicatorId);
    assert.deepEqual(
      [indicator?.sourceKind, indicator?.sourceCode, indicator?.baselineValue, indicator?.baselineOn, indicator?.targets.get(2014)],
      ['statistic', 'sotkanet:99', 10, '2013-06-30', 18],
    );
    const invalid = await educationManager.client.api('PUT', `/api/v1/goals/indicators/${indicatorId}`, { ...body, sourceCode: '' });
    assert.equal(invalid.status, 422);
    assert.match(invalid.headers.get('content-type') ?? '', /problem\+json/);
    const foreign = await educationManager.client.api('PUT', `/api/v1/goals/indicators/${ids.indicatorIds[2]}`, body);
    assert.equal(foreign.status, 403);
    assert.equal((await admin.api('PUT', '/api/v1/goals/indicators/no-such', body)).status, 404);
    const goal = await admin.api('PUT', `/api/v1/goals/${ids.goalIds[1]}`, { title: { fi: 'Ketterä kaupunki' } });
    assert.equal(goal.status, 204);
    assert.equal((await educationManager.client.api('PUT', `/api/v1/goals/${ids.goalIds[1]}`, { title: { fi: 'x' } })).status, 403);
  });
});
