import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { addLinks, recordContribution } from '../../contributions/index.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import type { RunTheme } from '../../insights/model.ts';
import type { GoalsDemoState } from '../seed-demo.ts';
import { createUnitPerson } from '../test-support/people.ts';

describe('the trace: from voices to goals and back', () => {
  let test: TestApp;
  let admin: TestClient;
  let organisationId: string;
  let processId: string;
  let goalId: string;
  let themes: RunTheme[];

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    organisationId = test.demo.organisationId as string;
    processId = test.demo.processId as string;
    goalId = (test.demo.goals as GoalsDemoState).goalIds[0] ?? '';
    themes = (await findPublishedThemes(test.context.db, organisationId, processId))?.themes ?? [];
    assert.ok(themes.length >= 2, 'the demo publishes themes');
  });
  after(() => test.close());

  it('page: the coordinator links a goal to published themes; an unknown theme comes back 422; a unit manager may not', async () => {
    const form = await admin.get(`/fi/admin/goals/goals/${goalId}`);
    assert.match(form.text, /Teemat, joihin päämäärä perustuu/);
    const unknown = await admin.postForm(`/fi/admin/goals/goals/${goalId}/themes`, { 'themeIds[]': [themes[0]!.id, 'no-such-theme'] });
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /Tämä teema ei ole prosessin julkaistujen teemojen joukossa\./);
    assert.match(unknown.text, new RegExp(`value="${themes[0]!.id}" checked`));
    const saved = await admin.postForm(`/fi/admin/goals/goals/${goalId}/themes`, { 'themeIds[]': [themes[0]!.id, themes[1]!.id] });
    assert.equal(saved.status, 303);
    const page = await admin.get(`/fi/admin/goals/goals/${goalId}`);
    assert.match(page.text, /Päämäärän teemat on tallennettu\./);
    assert.match(page.text, new RegExp(`value="${themes[1]!.id}" checked`));
    const units = test.demo.unitIds as Record<string, string>;
    const manager = await createUnitPerson(test, 'teema-johtaja', 'unit_manager', units['education-and-culture']!);
    const refused = await manager.client.api('PUT', `/api/v1/goals/${goalId}/themes`, { themeIds: [] });
    assert.equal(refused.status, 403);
  });

  it('public: a resident reads the goal’s trace without signing in: themes, counts and quotes, and the objectives', async () => {
    const resident = test.client({ 'accept-language': 'en' });
    const followUp = await resident.get('/en/processes/rauman-tarina/goals');
    assert.match(followUp.text, new RegExp(`href="/en/processes/rauman-tarina/goals/${goalId}/trace"`));
    const page = await resident.get(`/en/processes/rauman-tarina/goals/${goalId}/trace`);
    assert.equal(page.status, 200);
    assert.match(page.text, /The goal draws on 2 themes grouping/);
    assert.match(page.text, new RegExp(themes[0]!.label.en ?? themes[0]!.label.fi));
    const quote = themes[0]!.quotes[0]?.text ?? '';
    assert.ok(page.text.includes(quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')) || quote === '');
    assert.match(page.text, /Unit objectives that serve the goal/);
    assert.equal((await resident.get(`/en/processes/rauman-tarina/goals/unknown/trace`)).status, 404);
  });

  it('api: the goal’s trace is the page’s walk, readable without signing in; unknown and hidden goals answer 404', async () => {
    const visitor = test.client();
    const answer = await visitor.api('GET', `/api/v1/goals/${goalId}/trace`);
    assert.equal(answer.status, 200);
    const trace = answer.json<{
      goal: { id: string; processSlug: string };
      themes: Array<{ id: string; contributionCount: number; quotes: unknown[] }>;
      contributionCount: number;
      objectives: Array<{ id: string }>;
    }>();
    assert.equal(trace.goal.id, goalId);
    assert.equal(trace.goal.processSlug, 'rauman-tarina');
    const linked = await test.context.db
      .selectFrom('links')
      .select('to_id')
      .where('from_type', '=', 'goal')
      .where('from_id', '=', goalId)
      .where('relation', '=', 'draws_on')
      .execute();
    assert.deepEqual(trace.themes.map((theme) => theme.id).sort(), linked.map((link) => link.to_id).sort());
    const grouped = await test.context.db
      .selectFrom('links')
      .select('to_id')
      .distinct()
      .where('from_type', '=', 'insight_theme')
      .where(
        'from_id',
        'in',
        linked.map((link) => link.to_id),
      )
      .where('relation', '=', 'groups')
      .execute();
    assert.equal(trace.contributionCount, grouped.length);
    assert.ok(trace.contributionCount > 0, 'the demo goal’s themes group voices');
    assert.ok(trace.objectives.length > 0);
    assert.equal((await visitor.api('GET', '/api/v1/goals/no-such-goal/trace')).status, 404);
    await test.context.db.updateTable('processes').set({ visibility: 'draft' }).where('id', '=', processId).execute();
    try {
      assert.equal((await visitor.api('GET', `/api/v1/goals/${goalId}/trace`)).status, 404);
    } finally {
      await test.context.db.updateTable('processes').set({ visibility: 'public' }).where('id', '=', processId).execute();
    }
  });

  it('a person sees what became of what they said: their contribution, its theme and the goal that draws on it', async () => {
    const person = await createPerson(test, 'jaljittaja');
    const client = test.client({ 'accept-language': 'fi' });
    const anonymous = await client.get('/fi/goals/mine');
    assert.equal(anonymous.status, 303, 'a visitor is sent to sign in');
    assert.match(anonymous.location ?? '', /sign-in/);
    await client.signIn(person.email, 'yleisötestin-salasana');
    const now = new Date();
    await recordContribution(
      test.context.db,
      {
        organisationId,
        processId,
        channel: 'idea',
        sourceType: 'test',
        sourceId: 'jaljitys-1',
        authorUserId: person.userId,
        language: 'fi',
        text: 'Lisää harrastuksia nuorille kävelymatkan päähän.',
      },
      now,
    );
    const [own] = await test.context.db.selectFrom('contributions').select('id').where('source_id', '=', 'jaljitys-1').execute();
    await addLinks(
      test.context.db,
      organisationId,
      [{ from: { type: 'insight_theme', id: themes[1]!.id }, relation: 'groups', to: { type: 'contribution', id: own!.id } }],
      now,
    );
    const page = await client.get('/fi/goals/mine');
    assert.equal(page.status, 200);
    assert.match(page.text, /Mitä sanomastani tuli/);
    assert.match(page.text, /Lisää harrastuksia nuorille kävelymatkan päähän\./);
    assert.match(page.text, new RegExp(`href="/fi/processes/rauman-tarina/goals/${goalId}/trace"`));
    const api = await client.api('GET', '/api/v1/goals/mine');
    assert.equal(api.status, 200);
    const mine = api.json<{ contributions: Array<{ text: string; themes: Array<{ id: string }>; goals: Array<{ id: string }> }> }>();
    const entry = mine.contributions.find((contribution) => contribution.text.startsWith('Lisää harrastuksia'));
    assert.deepEqual(
      entry?.themes.map((theme) => theme.id),
      [themes[1]!.id],
    );
    assert.ok(entry?.goals.some((goal) => goal.id === goalId));
    assert.equal((await test.client().api('GET', '/api/v1/goals/mine')).status, 401);
  });
});
