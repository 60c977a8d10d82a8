import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import type { RunTheme } from '../../insights/model.ts';
import type { GoalsDemoState } from '../seed-demo.ts';

interface TraceAnswer {
  themes: Array<{ id: string }>;
  contributionCount: number;
}

describe('a goal’s trace through an analyst’s merge and split of its themes, and their undo', () => {
  let test: TestApp;
  let admin: TestClient;
  let goalId: string;
  let runId: string;
  let themes: RunTheme[];
  const db = () => test.context.db;

  /** The distinct contributions the themes group now. */
  const grouped = async (themeIds: string[]) =>
    new Set(
      (
        await db()
          .selectFrom('links')
          .select('to_id')
          .where('from_type', '=', 'insight_theme')
          .where('from_id', 'in', themeIds)
          .where('relation', '=', 'groups')
          .execute()
      ).map((row) => row.to_id),
    );
  const trace = async () => {
    const answer = await test.client().api('GET', `/api/v1/goals/${goalId}/trace`);
    assert.equal(answer.status, 200);
    return answer.json<TraceAnswer>();
  };
  const editLinks = async (relation: string) =>
    (await db().selectFrom('links').select(['from_id', 'to_id']).where('relation', '=', relation).execute()).map(
      (row) => `${row.from_id}>${row.to_id}`,
    );
  const drawOn = async (themeIds: string[]) =>
    assert.equal((await admin.api('PUT', `/api/v1/goals/${goalId}/themes`, { themeIds })).status, 204);
  const undo = async () => assert.equal((await admin.api('POST', `/api/v1/insights/runs/${runId}/undo`, {})).status, 204);

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    goalId = (test.demo.goals as GoalsDemoState).goalIds[0] ?? '';
    themes = (await findPublishedThemes(db(), organisationId, test.demo.processId as string))?.themes ?? [];
    assert.ok(themes.length >= 2, 'the demo publishes themes');
    runId = themes[0]!.runId;
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/reopen`, {})).status, 303);
  });
  after(() => test.close());

  it('merged: a goal drawing on the merged-away theme reaches the target’s voices; after undo only its own again', async () => {
    const [source, target] = [themes[0]!.id, themes[1]!.id];
    const own = await grouped([source]);
    const both = new Set([...own, ...(await grouped([target]))]);
    assert.ok(both.size > own.size, 'the target groups voices the source does not');
    await drawOn([source]);
    assert.deepEqual(
      (await trace()).themes.map((theme) => theme.id),
      [source],
    );
    const merged = await admin.api('POST', `/api/v1/insights/runs/${runId}/themes/${target}/merge`, { sourceThemeId: source });
    assert.equal(merged.status, 204, merged.text);
    assert.deepEqual(await editLinks('merged_into'), [`${source}>${target}`]);
    const afterMerge = await trace();
    assert.deepEqual(
      afterMerge.themes.map((theme) => theme.id),
      [target],
    );
    assert.equal(afterMerge.contributionCount, both.size);
    await undo();
    assert.deepEqual(await editLinks('merged_into'), []);
    const undone = await trace();
    assert.deepEqual(
      undone.themes.map((theme) => theme.id),
      [source],
    );
    assert.equal(undone.contributionCount, own.size);
  });

  it('split: the goal keeps both parts’ voices; after undo the part and its link are gone', async () => {
    const theme = themes[1]!.id;
    const voices = await grouped([theme]);
    await drawOn([theme]);
    const sentences = await db()
      .selectFrom('insight_theme_sentences')
      .select(['contribution_id', 'sentence_index'])
      .where('run_id', '=', runId)
      .where('theme_id', '=', theme)
      .orderBy('contribution_id')
      .orderBy('sentence_index')
      .execute();
    assert.ok(sentences.length >= 2);
    const chosen = sentences.slice(0, Math.ceil(sentences.length / 2)).map((row) => `${row.contribution_id}:${row.sentence_index}`);
    const split = await admin.api('POST', `/api/v1/insights/runs/${runId}/themes/${theme}/split`, {
      sentences: chosen,
      newLabel: { fi: 'Lohkaistu osa', sv: 'Avskild del', en: 'Split-off part' },
    });
    assert.equal(split.status, 201, split.text);
    const part = split.json<{ id: string }>().id;
    assert.deepEqual(await editLinks('split_into'), [`${theme}>${part}`]);
    const afterSplit = await trace();
    assert.deepEqual(afterSplit.themes.map((entry) => entry.id).sort(), [theme, part].sort());
    assert.equal(afterSplit.contributionCount, voices.size);
    assert.ok((await grouped([part])).size > 0, 'the part groups voices of its own');
    await undo();
    assert.deepEqual(await editLinks('split_into'), []);
    const undone = await trace();
    assert.deepEqual(
      undone.themes.map((entry) => entry.id),
      [theme],
    );
    assert.equal(undone.contributionCount, voices.size);
  });
});
