import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { storeFinishedRun } from '../test-support/stored-run.ts';

describe('a rename is an edit in the run’s log: recorded, audited and undone, also on a published run', () => {
  let test: TestApp;
  let admin: TestClient;
  let runId: string;
  let themeId: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const stored = await storeFinishedRun(
      test.context.db,
      {
        organisationId: test.demo.organisationId as string,
        processId: test.demo.processId as string,
        themes: [
          { label: 'pyörätie, talvi', contributionIds: ['a', 'b'] },
          { label: 'kirjasto', contributionIds: ['c'] },
        ],
      },
      test.context.clock.now(),
    );
    runId = stored.runId;
    themeId = stored.themeIds[0]!;
  });
  after(() => test.close());

  const labelOf = async () =>
    JSON.parse(
      (await test.context.db.selectFrom('insight_themes').select('label').where('id', '=', themeId).executeTakeFirstOrThrow()).label,
    ) as { fi: string };

  it('puts the former name back on undo, and the log names the edit in each language', async () => {
    const renamed = await admin.postForm(`/fi/admin/insights/runs/${runId}/themes/${themeId}`, {
      'label.fi': 'Pyöräilyn talvi',
      'summary.fi': 'Talvikunnossapito',
    });
    assert.equal(renamed.status, 303);
    assert.equal((await labelOf()).fi, 'Pyöräilyn talvi');
    const edits = await test.context.db.selectFrom('insight_theme_edits').select('kind').where('run_id', '=', runId).execute();
    assert.deepEqual(
      edits.map((edit) => edit.kind),
      ['rename'],
    );
    const page = await admin.get(`/en/admin/insights/runs/${runId}`);
    assert.match(page.text, /The last edit: a theme’s name and summary\./);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', runId)
      .where('action', '=', 'insights.theme.update')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    assert.equal((await labelOf()).fi, 'pyörätie, talvi');
  });

  it('renames and undoes the rename on a published (locked) run, whose merges wait', async () => {
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/publish`, {})).status, 303);
    const renamed = await admin.postForm(`/fi/admin/insights/runs/${runId}/themes/${themeId}`, {
      'label.fi': 'Talvipyöräily',
      'summary.fi': '',
    });
    assert.equal(renamed.status, 303);
    assert.equal((await labelOf()).fi, 'Talvipyöräily');
    assert.equal((await admin.postForm(`/sv/admin/insights/runs/${runId}/undo`, {})).status, 303);
    assert.equal((await labelOf()).fi, 'pyörätie, talvi');
    const nothing = await admin.postForm(`/sv/admin/insights/runs/${runId}/undo`, {});
    assert.equal(nothing.status, 409, 'the earlier rename was undone already');
  });
});
