import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { recordContributions } from '../../contributions/index.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { claimNextRun } from '../jobs/claim-run.ts';
import { executeThemeRun } from '../jobs/execute-theme-run.ts';
import { insertBareProcess } from '../test-support/bare-process.ts';
import { storeFinishedRun } from '../test-support/stored-run.ts';

/** The first phase's themes, each a few sentences written by hand. */
const FIRST_PHASE = [
  {
    label: 'Cycle paths',
    texts: ['The cycle paths are icy in winter.', 'Cycle paths need better winter maintenance.', 'More cycle paths downtown.'],
  },
  {
    label: 'Library',
    texts: ['The library should open on Sundays.', 'Library opening hours are too short.', 'Young people need the library in the evening.'],
  },
  { label: 'Harbour park', texts: ['A park by the harbour with benches.', 'The harbour shore needs a walking path and a park.'] },
];

/** The next phase's contributions: one for each theme, and one like none. */
const NEXT_PHASE = {
  bike: 'Please plough the cycle paths in winter.',
  library: 'Open the library longer for young people.',
  harbour: 'Benches and a park at the harbour would be lovely.',
  taxes: 'Taxes should be lower for families.',
};

async function runQueued(test: TestApp): Promise<void> {
  for (;;) {
    const claimed = await claimNextRun(test.context.db, test.context.clock.now());
    if (!claimed) return;
    await executeThemeRun(test.context, claimed);
  }
}

async function insertProcess(test: TestApp, organisationId: string, slug: string): Promise<string> {
  return (await insertBareProcess(test.context.db, organisationId, slug)).id;
}

/** A finished first-phase run whose themes hold the hand-written sentences, named and described. */
async function storeFirstPhase(test: TestApp, organisationId: string, processId: string) {
  const themes = FIRST_PHASE.map((theme, t) => ({ label: theme.label, contributionIds: theme.texts.map((_, i) => `first-${t}-${i}`) }));
  const stored = await storeFinishedRun(test.context.db, { organisationId, processId, themes }, test.context.clock.now());
  for (const [t, theme] of FIRST_PHASE.entries()) {
    for (const [i, text] of theme.texts.entries())
      await test.context.db
        .updateTable('insight_theme_sentences')
        .set({ text, language: 'en' })
        .where('run_id', '=', stored.runId)
        .where('contribution_id', '=', `first-${t}-${i}`)
        .execute();
    await test.context.db
      .updateTable('insight_themes')
      .set({ label: JSON.stringify({ fi: theme.label, en: theme.label }), summary: JSON.stringify({ fi: `Kuvaus: ${theme.label}` }) })
      .where('id', '=', stored.themeIds[t]!)
      .execute();
  }
  return stored;
}

describe('the codebook in use: saved from a run, the next phase classified into it, the unassigned kept visible', () => {
  let test: TestApp;
  let admin: TestClient;
  let organisationId: string;
  let processId: string;
  let otherProcessId: string;
  let firstRunId: string;
  let codebookId: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    organisationId = test.demo.organisationId as string;
    processId = await insertProcess(test, organisationId, 'koodikirja-testi');
    otherProcessId = await insertProcess(test, organisationId, 'koodikirja-toinen');
    firstRunId = (await storeFirstPhase(test, organisationId, processId)).runId;
    await test.context.db.transaction().execute((trx) =>
      recordContributions(
        trx,
        Object.entries(NEXT_PHASE).map(([key, text]) => ({
          organisationId,
          processId,
          channel: 'survey',
          sourceType: 'test',
          sourceId: key,
          authorUserId: null,
          participantKey: null,
          language: 'en',
          text,
        })),
        new Date('2026-05-01T10:00:00.000Z'),
      ),
    );
  });
  after(() => test.close());

  it('saves a finished run’s themes as the process’s codebook, with names, descriptions and sentences, audited', async () => {
    const saved = await admin.postForm(`/fi/admin/insights/runs/${firstRunId}/codebook`, {});
    assert.equal(saved.status, 303, saved.text);
    const row = await test.context.db
      .selectFrom('insight_codebooks')
      .selectAll()
      .where('process_id', '=', processId)
      .executeTakeFirstOrThrow();
    codebookId = row.id;
    assert.equal(row.theme_count, 3);
    assert.equal(row.source_run_id, firstRunId);
    const themes = JSON.parse(row.themes) as Array<{ label: { fi: string }; summary: { fi: string }; sentences: unknown[] }>;
    assert.deepEqual(
      themes.map((theme) => [theme.label.fi, theme.summary.fi, theme.sentences.length]),
      [
        ['Cycle paths', 'Kuvaus: Cycle paths', 3],
        ['Library', 'Kuvaus: Library', 3],
        ['Harbour park', 'Kuvaus: Harbour park', 2],
      ],
    );
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', firstRunId)
      .where('action', '=', 'insights.codebook.save')
      .execute();
    assert.equal(audit.length, 1);
    const page = await admin.get(`/fi/admin/insights/processes/${processId}`);
    assert.match(page.text, /Luokittele koodikirjaan/);
    assert.match(page.text, /name="codebookId"/);
    assert.match(page.text, /Tallennettu .*3 teemaa/);
  });

  it('refuses a codebook of another process or organisation, an empty one and a bad threshold with a message at the field', async () => {
    const post = (values: Record<string, string>) => admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, values);
    const unknown = await post({ codebookId: 'ei-koodikirjaa' });
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /Valitse jokin tämän prosessin koodikirjoista/);
    const otherStored = await storeFirstPhase(test, organisationId, otherProcessId);
    const elsewhere = await admin.api('POST', `/api/v1/insights/runs/${otherStored.runId}/codebook`, {});
    assert.equal(elsewhere.status, 201);
    const foreignProcess = await post({ codebookId: elsewhere.json<{ id: string }>().id });
    assert.equal(foreignProcess.status, 422);
    assert.match(foreignProcess.text, /Valitse jokin tämän prosessin koodikirjoista/);
    const otherOrganisation = await createOrganisation(
      test.context.db,
      { slug: 'toinen-kunta', name: { fi: 'Toinen kunta' } },
      test.context.clock.now(),
    );
    const foreignOrganisationProcess = await insertProcess(test, otherOrganisation, 'vieras');
    const foreignRun = await storeFirstPhase(test, otherOrganisation, foreignOrganisationProcess);
    const foreignCodebook = crypto.randomUUID();
    await test.context.db
      .insertInto('insight_codebooks')
      .values({
        id: foreignCodebook,
        organisation_id: otherOrganisation,
        process_id: foreignOrganisationProcess,
        source_run_id: foreignRun.runId,
        theme_count: 1,
        themes: JSON.stringify([{ label: { fi: 'x' }, summary: { fi: '' }, sentences: [{ text: 'cycle paths', language: 'en' }] }]),
        created_by_user_id: null,
        created_at: '2026-04-01T00:00:00.000Z',
      })
      .execute();
    const foreign = await admin.api('POST', `/api/v1/insights/processes/${processId}/runs`, { codebookId: foreignCodebook });
    assert.equal(foreign.status, 422);
    const emptyCodebook = crypto.randomUUID();
    await test.context.db
      .insertInto('insight_codebooks')
      .values({
        id: emptyCodebook,
        organisation_id: organisationId,
        process_id: processId,
        source_run_id: null,
        theme_count: 0,
        themes: '[]',
        created_by_user_id: null,
        created_at: '2026-01-02T00:00:00.000Z',
      })
      .execute();
    const empty = await post({ codebookId: emptyCodebook });
    assert.equal(empty.status, 422);
    assert.match(empty.text, /Tässä koodikirjassa ei ole teemoja/);
    const threshold = await post({ codebookId, minimumSimilarity: '2' });
    assert.equal(threshold.status, 422);
    assert.match(threshold.text, /value="2"/, 'the threshold sent is kept');
    const english = await admin.postForm(`/en/admin/insights/processes/${processId}/runs`, { codebookId: 'nope' });
    assert.match(english.text, /Choose one of this process’s codebooks/);
    const queued = await admin.api('POST', `/api/v1/insights/processes/${processId}/runs`, { channels: ['idea'] });
    const notSavable = await admin.postForm(`/sv/admin/insights/runs/${queued.json<{ id: string }>().id}/codebook`, {});
    assert.equal(notSavable.status, 409);
    assert.match(notSavable.text, /Endast en färdig körnings teman kan sparas som kodbok/);
  });

  it('classifies the next phase into the codebook’s themes, records it, and lists the unassigned with their count', async () => {
    const start = await admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, { codebookId, minimumSimilarity: '0.1' });
    assert.equal(start.status, 303, start.text);
    const runId = (start.location ?? '').split('/').pop() ?? '';
    await runQueued(test);
    await test.context.db.deleteFrom('insight_theme_runs').where('status', '=', 'failed').execute();
    const run = await test.context.db.selectFrom('insight_theme_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    assert.equal(run.status, 'succeeded', run.error ?? '');
    assert.equal(run.codebook_id, codebookId);
    assert.equal(Number(run.codebook_minimum_similarity), 0.1);
    assert.equal(run.method_version, 'codebook-centroid-cosine/2');
    const parameters = JSON.parse(run.parameters) as Record<string, unknown>;
    assert.equal(parameters.codebookId, codebookId);
    assert.equal(parameters.minimumSimilarity, 0.1);
    assert.ok(run.inputs_hash);
    const placed = await test.context.db
      .selectFrom('insight_theme_sentences')
      .leftJoin('insight_themes', 'insight_themes.id', 'insight_theme_sentences.theme_id')
      .select(['insight_theme_sentences.text', 'insight_themes.label'])
      .where('insight_theme_sentences.run_id', '=', runId)
      .execute();
    const themeOf = (text: string) => {
      const label = placed.find((row) => row.text === text)?.label;
      return label ? (JSON.parse(label) as { fi: string }).fi : null;
    };
    assert.equal(themeOf(NEXT_PHASE.bike), 'Cycle paths');
    assert.equal(themeOf(NEXT_PHASE.library), 'Library');
    assert.equal(themeOf(NEXT_PHASE.harbour), 'Harbour park');
    assert.equal(themeOf(NEXT_PHASE.taxes), null, 'like no theme: unassigned');
    const summaries = await test.context.db.selectFrom('insight_themes').select('summary').where('run_id', '=', runId).execute();
    assert.ok(
      summaries.every((row) => (JSON.parse(row.summary) as { fi: string }).fi.startsWith('Kuvaus: ')),
      'descriptions carried over',
    );
    const page = await admin.get(`/fi/admin/insights/runs/${runId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Luokiteltu koodikirjaan \(raja 0,1\)/);
    assert.match(page.text, /Luokittelemattomat virkkeet \(1\)/);
    assert.match(page.text, /Taxes should be lower for families\./);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', runId)
      .where('action', '=', 'insights.run.start')
      .executeTakeFirstOrThrow();
    assert.match(String(audit.details), new RegExp(codebookId));
  });
  it('makes a new theme of chosen unassigned sentences, refuses a sentence that is not unassigned, and undoes it', async () => {
    const runs = await test.context.db
      .selectFrom('insight_theme_runs')
      .select('id')
      .where('process_id', '=', processId)
      .where('codebook_id', '=', codebookId)
      .where('status', '=', 'succeeded')
      .execute();
    const runId = runs[0]!.id;
    const taxes = await test.context.db
      .selectFrom('insight_theme_sentences')
      .select(['contribution_id', 'sentence_index'])
      .where('run_id', '=', runId)
      .where('theme_id', 'is', null)
      .executeTakeFirstOrThrow();
    const key = `${taxes.contribution_id}:${taxes.sentence_index}`;
    const page = await admin.get(`/fi/admin/insights/runs/${runId}`);
    assert.match(page.text, new RegExp(`name="sentences\\[\\]" value="${key}"`));
    const assigned = await test.context.db
      .selectFrom('insight_theme_sentences')
      .select(['contribution_id', 'sentence_index'])
      .where('run_id', '=', runId)
      .where('theme_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const refused = await admin.postForm(`/fi/admin/insights/runs/${runId}/themes`, {
      'sentences[]': [key, `${assigned.contribution_id}:${assigned.sentence_index}`],
      'newLabel.fi': 'Verotus',
    });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /Valitse tämän ajon luokittelemattomia virkkeitä/);
    assert.match(refused.text, /value="Verotus"/, 'the name sent is kept');
    const created = await admin.postForm(`/fi/admin/insights/runs/${runId}/themes`, { 'sentences[]': key, 'newLabel.fi': 'Verotus' });
    assert.equal(created.status, 303, created.text);
    const placed = await test.context.db
      .selectFrom('insight_theme_sentences')
      .innerJoin('insight_themes', 'insight_themes.id', 'insight_theme_sentences.theme_id')
      .select('insight_themes.label')
      .where('insight_theme_sentences.run_id', '=', runId)
      .where('insight_theme_sentences.contribution_id', '=', taxes.contribution_id)
      .executeTakeFirstOrThrow();
    assert.equal((JSON.parse(placed.label) as { fi: string }).fi, 'Verotus');
    const runPage = await admin.get(`/en/admin/insights/runs/${runId}`);
    assert.doesNotMatch(runPage.text, /Unassigned sentences/);
    assert.match(runPage.text, /The last edit: a new theme from unassigned sentences\./);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    const back = await test.context.db
      .selectFrom('insight_theme_sentences')
      .select('theme_id')
      .where('run_id', '=', runId)
      .where('contribution_id', '=', taxes.contribution_id)
      .executeTakeFirstOrThrow();
    assert.equal(back.theme_id, null, 'the undo leaves it unassigned again');
    const themes = await test.context.db.selectFrom('insight_themes').select('id').where('run_id', '=', runId).execute();
    assert.equal(themes.length, 3, 'and removes the new theme');
  });

  it('classifies a single contribution into the codebook (finding themes would need two)', async () => {
    await test.context.db.transaction().execute((trx) =>
      recordContributions(
        trx,
        [
          {
            organisationId,
            processId,
            channel: 'idea',
            sourceType: 'test',
            sourceId: 'single',
            authorUserId: null,
            participantKey: null,
            language: 'en',
            text: 'Keep the library open on Sundays.',
          },
        ],
        new Date('2026-05-02T10:00:00.000Z'),
      ),
    );
    const start = await admin.api('POST', `/api/v1/insights/processes/${processId}/runs`, { codebookId, channels: ['idea'] });
    assert.equal(start.status, 201);
    const runId = start.json<{ id: string }>().id;
    await runQueued(test);
    const run = await admin.api('GET', `/api/v1/insights/runs/${runId}`);
    assert.equal(run.json<{ status: string }>().status, 'succeeded');
    const placed = await test.context.db
      .selectFrom('insight_theme_sentences')
      .innerJoin('insight_themes', 'insight_themes.id', 'insight_theme_sentences.theme_id')
      .select('insight_themes.label')
      .where('insight_theme_sentences.run_id', '=', runId)
      .executeTakeFirstOrThrow();
    assert.equal((JSON.parse(placed.label) as { fi: string }).fi, 'Library');
  });
});
