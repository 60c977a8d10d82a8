import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { recordContributions } from '../../contributions/index.ts';
import { claimNextRun } from '../jobs/claim-run.ts';
import { executeThemeRun } from '../jobs/execute-theme-run.ts';
import { insertBareProcess } from '../test-support/bare-process.ts';

const TEXTS = [
  'Pyöräteitä pitää parantaa keskustassa. Talvella pyörätiet ovat liukkaita.',
  'Pyörätiet keskustassa ovat huonossa kunnossa ja talvella liukkaita.',
  'Keskustan pyörätiet tarvitsevat parempaa talvikunnossapitoa.',
  'Kirjaston aukioloajat ovat liian lyhyet. Kirjasto on tärkeä paikka nuorille.',
  'Kirjasto saisi olla auki myös sunnuntaisin, nuoret tarvitsevat paikan.',
  'Nuorille tarvitaan enemmän paikkoja, kuten kirjaston iltaisin avoimet tilat.',
  'Satama-alueelle toivon puistoa ja penkkejä meren rantaan.',
  'Meren rannassa satamassa voisi olla puisto ja kävelyreitti.',
  'Rantapuisto satamaan ja kävelyreitti meren äärelle olisi hieno.',
  'Ota yhteyttä: matti.meikalainen@example.fi tai 040 123 4567, pyörätiet ja talvi.',
];

/** Runs every queued run now, as the job would (the test app runs no jobs). */
async function runQueued(test: TestApp): Promise<void> {
  for (;;) {
    const claimed = await claimNextRun(test.context.db, test.context.clock.now());
    if (!claimed) return;
    await executeThemeRun(test.context, claimed);
  }
}

describe('theme runs through HTTP: start, progress, themes, rename, publish, public JSON and CSV', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId: string;
  let slug: string;
  let organisationId: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    organisationId = test.demo.organisationId as string;
    const process = await insertBareProcess(test.context.db, organisationId, 'teemat-testi', 'Teematesti');
    processId = process.id;
    slug = process.slug;
    await test.context.db.transaction().execute((trx) =>
      recordContributions(
        trx,
        TEXTS.map((text, index) => ({
          organisationId,
          processId,
          channel: index % 2 === 0 ? 'survey' : 'workshop',
          sourceType: 'test',
          sourceId: `t${index}`,
          authorUserId: null,
          participantKey: null,
          language: 'fi',
          text,
        })),
        new Date('2026-03-01T10:00:00.000Z'),
      ),
    );
  });
  after(() => test.close());

  it('keeps everyone but analysts and managers out, and answers a foreign or unknown run with 404', async () => {
    assert.equal((await test.client().get(`/fi/admin/insights/processes/${processId}`)).status, 303, 'a visitor signs in first');
    const resident = test.client();
    await resident.signIn('member@demo.tarina.invalid', DEMO_ADMIN.password).catch(() => undefined);
    assert.equal((await admin.get('/fi/admin/insights/runs/no-such-run')).status, 404);
    const analyst = test.client();
    await analyst.signIn('analyst@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await analyst.get(`/fi/admin/insights/processes/${processId}`)).status, 200, 'an analyst of the organisation');
  });

  it('refuses limits out of order with a message at the field, never a 500', async () => {
    const response = await admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, { minThemes: '9', maxThemes: '3', seed: '1' });
    assert.equal(response.status, 422);
    assert.match(response.text, /Enimmäismäärä ei voi olla pienempi kuin vähimmäismäärä/);
    const words = await admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, { minThemes: 'kolme', maxThemes: '3' });
    assert.equal(words.status, 422);
    const phase = await admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, { phaseId: 'ei-vaihe' });
    assert.equal(phase.status, 422);
    assert.match(phase.text, /Valitse vaihe tämän prosessin vaiheista/);
  });

  it('fails an empty corpus and a single contribution with a clear reason, leaving the published set alone', async () => {
    const empty = await admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, { 'channels[]': 'statement' });
    assert.equal(empty.status, 303);
    const emptyRun = (empty.location ?? '').split('/').pop() ?? '';
    await runQueued(test);
    const page = await admin.get(`/fi/admin/insights/runs/${emptyRun}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Epäonnistui: Valinnalla ei löytynyt yhtään osallistumista/);
    const publish = await admin.postForm(`/fi/admin/insights/runs/${emptyRun}/publish`, {});
    assert.equal(publish.status, 409);
    await test.context.db.transaction().execute((trx) =>
      recordContributions(
        trx,
        [
          {
            organisationId,
            processId,
            channel: 'idea',
            sourceType: 'test',
            sourceId: 'one',
            authorUserId: null,
            participantKey: null,
            language: 'fi',
            text: 'Yksi ainoa idea.',
          },
        ],
        new Date('2026-03-02T10:00:00.000Z'),
      ),
    );
    const one = await admin.api('POST', `/api/v1/insights/processes/${processId}/runs`, { channels: ['idea'] });
    assert.equal(one.status, 201);
    await runQueued(test);
    const status = await admin.api('GET', `/api/v1/insights/runs/${one.json<{ id: string }>().id}`);
    assert.equal(status.json<{ status: string; error: string }>().status, 'failed');
    assert.equal(status.json<{ error: string }>().error, 'too-few-contributions');
  });

  it('finds themes deterministically, names one, publishes the set with links, and shows it in public as page, JSON and CSV', async () => {
    const start = async () => {
      const response = await admin.postForm(`/fi/admin/insights/processes/${processId}/runs`, {
        'channels[]': ['survey', 'workshop'],
        minThemes: '3',
        maxThemes: '3',
        seed: '7',
      });
      assert.equal(response.status, 303, response.text);
      return (response.location ?? '').split('/').pop() ?? '';
    };
    const runId = await start();
    const queued = await admin.get(`/fi/admin/insights/runs/${runId}`);
    assert.match(queued.text, /Jonossa/);
    assert.match(queued.text, /Peru ajo/);
    await runQueued(test);
    const again = await start();
    await runQueued(test);
    const sentences = async (id: string) =>
      (
        await test.context.db
          .selectFrom('insight_theme_sentences')
          .innerJoin('insight_themes', 'insight_themes.id', 'insight_theme_sentences.theme_id')
          .select(['contribution_id', 'sentence_index', 'insight_themes.position', 'text'])
          .where('insight_theme_sentences.run_id', '=', id)
          .orderBy('contribution_id')
          .orderBy('sentence_index')
          .execute()
      ).map((row) => `${row.contribution_id}:${row.sentence_index}:${row.position}`);
    assert.deepEqual(await sentences(again), await sentences(runId), 'the same input and seed give the same themes');
    const texts = await test.context.db.selectFrom('insight_theme_sentences').select('text').where('run_id', '=', runId).execute();
    const state = await test.context.db
      .selectFrom('insight_theme_runs')
      .select(['status', 'error'])
      .where('id', '=', runId)
      .executeTakeFirst();
    assert.ok(texts.length >= 10, `${texts.length} sentences, ${JSON.stringify(state)}`);
    assert.ok(!texts.some((row) => /example\.fi|040 123/.test(row.text)), 'personal data masked before it is stored');

    const page = await admin.get(`/fi/admin/insights/runs/${runId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Valmis/);
    assert.equal([...page.text.matchAll(/<section[^>]*class="theme"/g)].length, 3);
    assert.match(page.text, /<blockquote/);
    const run = await test.context.db.selectFrom('insight_theme_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    assert.equal(run.software_version, '0.1.0');
    assert.ok(run.method_version && run.inputs_hash, JSON.stringify(run));
    assert.equal(JSON.parse(run.parameters).seed, 7, run.parameters);

    const theme = await test.context.db
      .selectFrom('insight_themes')
      .select('id')
      .where('run_id', '=', runId)
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const edit = `/fi/admin/insights/runs/${runId}/themes/${theme.id}`;
    assert.equal((await admin.get(edit)).status, 200);
    const blank = await admin.postForm(edit, { 'label.fi': '', 'summary.fi': '' });
    assert.equal(blank.status, 422);
    const saved = await admin.postForm(edit, {
      'label.fi': 'Pyöräilyn talvi',
      'label.sv': 'Cykling på vintern',
      'summary.fi': 'Pyöräteiden talvikunto huolettaa.',
    });
    assert.equal(saved.status, 303);
    assert.match((await admin.get(edit)).text, /Cykling på vintern/);

    assert.equal((await test.client().get(`/fi/processes/${slug}/themes`)).text.includes('Teemoja ei ole vielä julkaistu'), true);
    const publish = await admin.postForm(`/fi/admin/insights/runs/${runId}/publish`, {});
    assert.equal(publish.status, 303);
    const links = await test.context.db
      .selectFrom('links')
      .selectAll()
      .where('from_type', '=', 'insight_theme')
      .where('from_id', '=', theme.id)
      .where('relation', '=', 'groups')
      .execute();
    assert.ok(links.length >= 2 && links.every((link) => link.to_type === 'contribution'));
    const fromRun = await test.context.db.selectFrom('links').select('to_id').where('from_id', '=', runId).execute();
    assert.equal(fromRun.length, 3, 'the run contains its three themes');

    for (const [locale, words] of [
      ['fi', 'Miten teemat löydettiin'],
      ['sv', 'Hur temana hittades'],
      ['en', 'How the themes were found'],
    ]) {
      const publicPage = await test.client().get(`/${locale}/processes/${slug}/themes`);
      assert.equal(publicPage.status, 200);
      assert.match(publicPage.text, new RegExp(words ?? ''));
    }
    const publicFi = (await test.client().get(`/fi/processes/${slug}/themes`)).text;
    assert.match(publicFi, /Pyöräilyn talvi/);
    assert.match((await test.client().get(`/sv/processes/${slug}/themes`)).text, /Cykling på vintern/);
    assert.match((await test.client().get(`/fi/processes/${slug}`)).text, /Pyöräilyn talvi/, 'on the process page');

    const json = await test.client().get(`/api/v1/processes/${slug}/themes`);
    assert.equal(json.status, 200);
    const body = json.json<{
      published: boolean;
      topics: Array<{ label: { fi: string }; subtopics: Array<{ quotes: Array<{ sourceId: string }> }> }>;
    }>();
    assert.equal(body.published, true);
    assert.equal(body.topics[0]?.label.fi, 'Pyöräilyn talvi');
    const sourceIds = await test.context.db.selectFrom('contributions').select('id').where('process_id', '=', processId).execute();
    const quote = body.topics[0]?.subtopics[0]?.quotes[0];
    assert.ok(quote && sourceIds.some((row) => row.id === quote.sourceId), 'quotes carry their contribution’s id');
    const csv = await test.client().get(`/api/v1/processes/${slug}/themes.csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.text, /topic_id,topic_fi/);
  });

  it('quotes a formula-looking theme name in the CSV so no spreadsheet runs it', async () => {
    const published = await test.context.db
      .selectFrom('insight_published_theme_sets')
      .select('run_id')
      .where('process_id', '=', processId)
      .executeTakeFirstOrThrow();
    const target = await test.context.db
      .selectFrom('insight_themes')
      .select('id')
      .where('run_id', '=', published.run_id)
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const saved = await admin.postForm(`/fi/admin/insights/runs/${published.run_id}/themes/${target.id}`, {
      'label.fi': '=1+2 pyörät',
      'summary.fi': '',
    });
    assert.equal(saved.status, 303, saved.text.slice(0, 3000));
    const csv = (await test.client().get(`/api/v1/processes/${slug}/themes.csv`)).text;
    assert.match(csv, /,'=1\+2 pyörät,/);
  });

  it('cancels a queued run, and refuses to cancel a finished one (409)', async () => {
    const start = await admin.api('POST', `/api/v1/insights/processes/${processId}/runs`, {});
    const id = start.json<{ id: string }>().id;
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${id}/cancel`, {})).status, 303);
    assert.match((await admin.get(`/fi/admin/insights/runs/${id}`)).text, /Peruttu/);
    assert.equal((await admin.api('POST', `/api/v1/insights/runs/${id}/cancel`)).status, 409);
  });
});
