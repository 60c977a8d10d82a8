import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson, type TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { createUnitPerson } from '../test-support/people.ts';

const idFrom = (location: string | null) => location?.split('/').pop() ?? '';

describe('goals, objectives, indicators, targets, rounds and actuals on both surfaces', () => {
  let test: TestApp;
  let admin: TestClient;
  let educationManager: TestPerson;
  let schoolOwner: TestPerson;
  let resident: TestPerson;
  let processId: string;
  let units: Record<string, string>;
  let goalId = '';
  let objectiveId = '';
  let indicatorId = '';
  let roundId = '';

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    processId = test.demo.processId as string;
    units = test.demo.unitIds as Record<string, string>;
    educationManager = await createUnitPerson(test, 'sivistys-johtaja', 'unit_manager', units['education-and-culture']!);
    schoolOwner = await createUnitPerson(test, 'perusopetus-vastaava', 'member', units['basic-education']!);
    resident = await createPerson(test, 'asukas');
  });
  after(() => test.close());

  it('page: the coordinator adds a goal citing a paragraph; a goal without a title comes back (422) as typed', async () => {
    const empty = await admin.postForm(`/fi/admin/goals/processes/${processId}/goals`, {
      'title.fi': '',
      'description.fi': 'Kuvaus jää',
      paragraphId: 'kpl-1',
    });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /class="error-summary"/);
    assert.match(empty.text, />Kuvaus jää<\/textarea>/);
    assert.match(empty.text, /name="paragraphId"[^>]*value="kpl-1"/);
    const created = await admin.postForm(`/fi/admin/goals/processes/${processId}/goals`, {
      'title.fi': 'Elinvoimainen Rauma',
      'title.en': 'A vital Rauma',
      'description.fi': 'Yritykset ja työpaikat kasvavat.',
      paragraphId: 'kpl-1',
    });
    assert.equal(created.status, 303);
    goalId = idFrom(created.location);
    const page = await admin.get(`/fi/admin/goals/goals/${goalId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Päämäärä on lisätty\./);
    assert.match(page.text, /Johdettu tarinan kappaleesta kpl-1\./);
    const links = await test.context.db.selectFrom('links').selectAll().where('from_id', '=', goalId).execute();
    assert.deepEqual(
      links.map((link) => [link.from_type, link.relation, link.to_type, link.to_id]),
      [['goal', 'derived_from', 'story.paragraph', 'kpl-1']],
    );
  });

  it('page: a unit manager derives an objective for their unit only; the owner needs a role for the unit', async () => {
    const form = await educationManager.client.get(`/fi/admin/goals/goals/${goalId}`);
    assert.equal(form.status, 200);
    assert.match(form.text, new RegExp(`<option value="${units['basic-education']}"`));
    assert.doesNotMatch(form.text, new RegExp(`<option value="${units['technical-services']}"`));
    const foreignUnit = await educationManager.client.postForm(`/fi/admin/goals/goals/${goalId}/objectives`, {
      unitId: units['technical-services']!,
      'title.fi': 'Kadut kuntoon',
    });
    assert.equal(foreignUnit.status, 422);
    assert.match(foreignUnit.text, /Et voi lisätä tavoitteita tälle yksikölle/);
    const ownerWithoutRole = await educationManager.client.postForm(`/fi/admin/goals/goals/${goalId}/objectives`, {
      unitId: units['basic-education']!,
      'title.fi': 'Oppimistulokset paranevat',
      ownerEmail: resident.email,
    });
    assert.equal(ownerWithoutRole.status, 422);
    assert.match(ownerWithoutRole.text, /Tällä tilillä ei ole roolia tässä yksikössä/);
    assert.match(ownerWithoutRole.text, /value="Oppimistulokset paranevat"/);
    assert.match(ownerWithoutRole.text, new RegExp(`<option value="${units['basic-education']}" selected`));
    const created = await educationManager.client.postForm(`/fi/admin/goals/goals/${goalId}/objectives`, {
      unitId: units['basic-education']!,
      'title.fi': 'Oppimistulokset paranevat',
      ownerEmail: schoolOwner.email,
    });
    assert.equal(created.status, 303);
    objectiveId = idFrom(created.location);
    const page = await educationManager.client.get(`/fi/admin/goals/objectives/${objectiveId}`);
    assert.match(page.text, /perusopetus-vastaava/);
    assert.match(page.text, /Elinvoimainen Rauma/);
  });

  it('page: the unit manager adds an indicator, a target and the coordinator a round; bad numbers come back as typed', async () => {
    const statisticWithoutCode = await educationManager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/indicators`, {
      'name.fi': 'Yhteishaussa ensisijaisesti hyväksytyt',
      measureUnit: '%',
      direction: 'up',
      sourceKind: 'statistic',
      sourceCode: '',
      baselineValue: 'paljon',
    });
    assert.equal(statisticWithoutCode.status, 422);
    assert.match(statisticWithoutCode.text, /Anna luku/);
    assert.match(statisticWithoutCode.text, /name="baselineValue"[^>]*value="paljon"/);
    const withoutCode = await educationManager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/indicators`, {
      'name.fi': 'Yhteishaussa ensisijaisesti hyväksytyt',
      measureUnit: '%',
      direction: 'up',
      sourceKind: 'statistic',
      sourceCode: '',
      baselineValue: '50',
    });
    assert.equal(withoutCode.status, 422);
    assert.match(withoutCode.text, /Anna tilaston tunnus/);
    const created = await educationManager.client.postForm(`/fi/admin/goals/objectives/${objectiveId}/indicators`, {
      'name.fi': 'Yhteishaussa ensisijaisesti hyväksytyt',
      'definition.fi': 'Osuus hakijoista',
      measureUnit: '%',
      direction: 'up',
      sourceKind: 'statistic',
      sourceCode: 'sotkanet:1234',
      baselineValue: '50,5',
      baselineOn: '2013-01-01',
    });
    assert.equal(created.status, 303);
    indicatorId = idFrom(created.location);
    const target = await educationManager.client.postForm(`/fi/admin/goals/indicators/${indicatorId}/targets`, {
      year: '2014',
      targetValue: '60',
    });
    assert.equal(target.status, 303);
    const managerRound = await educationManager.client.postForm(`/fi/admin/goals/processes/${processId}/rounds`, {
      'name.fi': 'Kevät 2014',
      year: '2014',
      opensOn: '2014-04-01',
      dueOn: '2014-04-30',
    });
    assert.equal(managerRound.status, 403);
    const badRound = await admin.postForm(`/fi/admin/goals/processes/${processId}/rounds`, {
      'name.fi': 'Kevät 2014',
      year: '2014',
      opensOn: '2014-04-30',
      dueOn: '2014-04-01',
    });
    assert.equal(badRound.status, 422);
    assert.match(badRound.text, /Määräpäivä ei voi olla ennen avautumispäivää/);
    assert.match(badRound.text, /name="opensOn"[^>]*value="2014-04-30"/);
    const round = await admin.postForm(`/fi/admin/goals/processes/${processId}/rounds`, {
      'name.fi': 'Kevät 2014',
      year: '2014',
      opensOn: '2014-04-01',
      dueOn: '2014-04-30',
    });
    assert.equal(round.status, 303);
    const demoRoundId = (test.demo.goals as { roundId: string }).roundId;
    const rounds = (await loadFollowUp(test.context.db, test.demo.organisationId as string, processId)).rounds;
    roundId = rounds.find((entry) => entry.id !== demoRoundId)!.id;
  });

  it('page: an actual is recorded and the status follows the documented rule', async () => {
    const actual = await educationManager.client.postForm(`/fi/admin/goals/indicators/${indicatorId}/actuals`, {
      roundId,
      actualValue: '58',
      comment: 'Lähellä tavoitetta',
    });
    assert.equal(actual.status, 303);
    const page = await admin.get(`/fi/admin/goals/indicators/${indicatorId}`);
    assert.match(page.text, /<svg class="chart" role="img"/);
    assert.match(page.text, /Vaarassa jäädä/);
    assert.match(page.text, /Lähellä tavoitetta/);
    const processPage = await admin.get(`/fi/admin/goals/processes/${processId}`);
    assert.match(processPage.text, /Oppimistulokset paranevat/);
    assert.match(processPage.text, /Valmis/);
  });

  it('api: the same use cases answer 201/204 and problems; permissions answer 401, 403 and 404', async () => {
    const goal = await admin.api('POST', `/api/v1/goals/processes/${processId}/goals`, { title: { fi: 'Hyvinvoiva Rauma' } });
    assert.equal(goal.status, 201);
    const newGoalId = goal.json<{ id: string }>().id;
    const objective = await educationManager.client.api('POST', `/api/v1/goals/${newGoalId}/objectives`, {
      unitId: units['education-and-culture'],
      title: { fi: 'Harrastukset kaikille' },
    });
    assert.equal(objective.status, 201);
    const invalid = await admin.api('PUT', `/api/v1/goals/indicators/${indicatorId}/targets`, { year: 1800, targetValue: 'x' });
    assert.equal(invalid.status, 422);
    assert.match(invalid.headers.get('content-type') ?? '', /problem\+json/);
    const put = await admin.api('PUT', `/api/v1/goals/indicators/${indicatorId}/targets`, { year: 2015, targetValue: 65 });
    assert.equal(put.status, 204);
    assert.equal((await test.client().api('POST', `/api/v1/goals/processes/${processId}/goals`, { title: { fi: 'x' } })).status, 401);
    assert.equal((await resident.client.api('POST', `/api/v1/goals/processes/${processId}/goals`, { title: { fi: 'x' } })).status, 403);
    assert.equal((await admin.api('POST', '/api/v1/goals/processes/no-such-process/goals', { title: { fi: 'x' } })).status, 404);
    assert.equal((await admin.api('PUT', '/api/v1/goals/indicators/no-such/actuals', { roundId, actualValue: 1 })).status, 404);
    assert.equal((await schoolOwner.client.get(`/fi/admin/goals/processes/${processId}`)).status, 403);
  });

  it('public: a visitor reads the follow-up page (overall and per unit), the JSON, the CSV and its dictionary', async () => {
    const visitor = test.client();
    const slug = test.demo.processSlug as string;
    const page = await visitor.get(`/fi/processes/${slug}/goals`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Elinvoimainen Rauma/);
    assert.match(page.text, /Oppimistulokset paranevat/);
    assert.match(page.text, /<svg class="chart" role="img"/);
    assert.match(page.text, /Vaarassa jäädä/);
    const unit = await visitor.get(`/fi/processes/${slug}/goals?unit=${units['technical-services']}`);
    assert.doesNotMatch(unit.text, /Oppimistulokset paranevat/);
    const json = await visitor.api('GET', `/api/v1/processes/${slug}/goals`);
    assert.equal(json.status, 200);
    const body = json.json<{
      goals: Array<{
        id: string;
        objectives: Array<{ indicators: Array<{ periods: Array<{ roundId: string; target: number; actual: number; status: string }> }> }>;
      }>;
    }>();
    const goal = body.goals.find((entry) => entry.id === goalId);
    const period = goal?.objectives[0]?.indicators[0]?.periods.find((entry) => entry.roundId === roundId);
    assert.deepEqual([period?.target, period?.actual, period?.status], [60, 58, 'at-risk']);
    const csv = await visitor.api('GET', `/api/v1/processes/${slug}/goals.csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.text, /^goal_id,goal,goal_status,objective_id,unit,objective,indicator_id/);
    assert.match(csv.text, /Lähellä tavoitetta/);
    const dictionary = await visitor.api('GET', `/api/v1/processes/${slug}/goals/dictionary`);
    assert.equal(dictionary.json<{ columns: Array<{ name: string }> }>().columns.length, 22);
    assert.equal((await visitor.get('/fi/processes/no-such/goals')).status, 404);
  });
});
