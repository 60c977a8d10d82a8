import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { loadFollowUp } from './queries/load-follow-up.ts';
import type { GoalsDemoState } from './seed-demo.ts';

describe('the demo’s goals of the 2013 process', () => {
  let test: TestApp;
  let admin: TestClient;
  let ids: GoalsDemoState;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    ids = test.demo.goals as GoalsDemoState;
  });
  after(() => test.close());

  it('holds three goals, objectives of several departments owned by unit managers, indicators with baselines and targets', async () => {
    const followUp = await loadFollowUp(test.context.db, test.demo.organisationId as string, test.demo.processId as string);
    assert.equal(followUp.goals.length, 3);
    assert.deepEqual(
      followUp.goals.map((goal) => goal.id),
      ids.goalIds,
    );
    const units = test.demo.unitIds as Record<string, string>;
    const unitIds = new Set(followUp.objectives.map((objective) => objective.unitId));
    assert.ok(unitIds.size >= 4);
    assert.ok(unitIds.has(units['education-and-culture']!));
    const userIds = test.demo.userIds as Record<string, string>;
    for (const objective of followUp.objectives) {
      const unitKey = Object.entries(units).find(([, id]) => id === objective.unitId)?.[0];
      assert.equal(objective.ownerUserId, userIds[`unit-manager-${unitKey}`]);
    }
    for (const indicator of followUp.indicators) {
      assert.notEqual(indicator.baselineValue, null);
      assert.ok(indicator.targets.has(2014));
    }
    const links = await test.context.db.selectFrom('links').select('from_id').where('relation', '=', 'serves').execute();
    assert.ok(ids.objectiveIds.every((id) => links.some((link) => link.from_id === id)));
  });

  it('has one reporting round past its deadline, reported by some departments and late for the rest', async () => {
    const followUp = await loadFollowUp(test.context.db, test.demo.organisationId as string, test.demo.processId as string);
    assert.deepEqual(
      followUp.rounds.map((round) => round.id),
      [ids.roundId],
    );
    const reported = followUp.actuals.filter((actual) => actual.roundId === ids.roundId).length;
    assert.ok(reported > 0 && reported < followUp.indicators.length);
    const page = await admin.get(`/en/admin/goals/processes/${test.demo.processId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Spring 2014/);
    assert.match(page.text, />Done</);
    assert.match(page.text, />Late</);
    assert.match(page.text, /Unit manager|Yksikön johtaja/);
  });

  it('every goal draws on published themes, so its public trace shows voices', async () => {
    const slug = test.demo.processSlug as string;
    for (const goalId of ids.goalIds) {
      const page = await test.client().get(`/en/processes/${slug}/goals/${goalId}/trace`);
      assert.equal(page.status, 200);
      assert.match(page.text, /The goal draws on (one theme|\d+ themes) grouping/);
      assert.doesNotMatch(page.text, /No themes have been linked to the goal yet/);
    }
  });

  it('the public follow-up shows the goals with statuses in fi, sv and en', async () => {
    const slug = test.demo.processSlug as string;
    for (const [locale, title, status] of [
      ['fi', 'Yhdessä tehty Rauma', 'Vaarassa jäädä'],
      ['sv', 'Ett Raumo vi bygger tillsammans', ''],
      ['en', 'A Rauma made together', 'On track'],
    ] as const) {
      const page = await test.client().get(`/${locale}/processes/${slug}/goals`);
      assert.equal(page.status, 200, locale);
      assert.ok(page.text.includes(title), locale);
      if (status) assert.ok(page.text.includes(status), `${locale}: ${status}`);
      assert.match(page.text, /(Edistyminen|Framsteg|Progress) \d+ %/, `${locale}: the progress rolls up`);
    }
  });
});
