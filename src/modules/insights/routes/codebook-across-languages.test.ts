import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { recordContributions } from '../../contributions/index.ts';
import { claimNextRun } from '../jobs/claim-run.ts';
import { executeThemeRun } from '../jobs/execute-theme-run.ts';
import { insertBareProcess } from '../test-support/bare-process.ts';
import { storeFinishedRun } from '../test-support/stored-run.ts';

/** A Finnish first phase (three themes) and one small Swedish theme, the library's counterpart. */
const FIRST = [
  {
    label: 'Pyörätiet',
    language: 'fi',
    texts: [
      'Pyörätiet ovat talvella jäässä.',
      'Aurataan pyörätiet aamulla.',
      'Lisää pyöräteitä keskustaan.',
      'Pyöräily talvella on vaikeaa.',
    ],
  },
  {
    label: 'Kirjasto',
    language: 'fi',
    texts: [
      'Kirjasto voisi olla auki sunnuntaisin.',
      'Kirjaston aukioloajat ovat lyhyet.',
      'Nuoret tarvitsevat kirjastoa iltaisin.',
      'Kirjastossa on hyvä lukea.',
    ],
  },
  {
    label: 'Satama',
    language: 'fi',
    texts: ['Satamaan puisto ja penkkejä.', 'Sataman rantaan kävelytie.', 'Meren rantaa pitää avata asukkaille.', 'Satama-alue on hieno.'],
  },
  { label: 'Bokbussen', language: 'sv', texts: ['Bokbussen kommer för sällan till byn.'] },
];

const NEXT = [
  { key: 'sv-library', language: 'sv', text: 'Biblioteket borde vara öppet på söndagar.' },
  { key: 'en-bike', language: 'en', text: 'Please plough the cycle paths in winter.' },
  { key: 'sv-bus', language: 'sv', text: 'Bokbussen borde komma oftare.' },
  { key: 'fi-library', language: 'fi', text: 'Kirjasto auki myös iltaisin.' },
  { key: 'sv-tax', language: 'sv', text: 'Skatterna borde sänkas.' },
];

describe('a Finnish codebook and Swedish and English contributions: classified through another language, and named so on the run page', () => {
  let test: TestApp;
  let admin: TestClient;
  let runId: string;
  let themeIds: string[];

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const processId = (await insertBareProcess(test.context.db, organisationId, 'kielirajan-yli')).id;
    const themes = FIRST.map((theme, t) => ({ label: theme.label, contributionIds: theme.texts.map((_, i) => `first-${t}-${i}`) }));
    const stored = await storeFinishedRun(test.context.db, { organisationId, processId, themes }, test.context.clock.now());
    themeIds = stored.themeIds;
    for (const [t, theme] of FIRST.entries()) {
      for (const [i, text] of theme.texts.entries())
        await test.context.db
          .updateTable('insight_theme_sentences')
          .set({ text, language: theme.language })
          .where('run_id', '=', stored.runId)
          .where('contribution_id', '=', `first-${t}-${i}`)
          .execute();
      await test.context.db
        .updateTable('insight_themes')
        .set({ label: JSON.stringify({ fi: theme.label }) })
        .where('id', '=', stored.themeIds[t]!)
        .execute();
    }
    const linked = await admin.api('PUT', `/api/v1/insights/runs/${stored.runId}/themes/${themeIds[1]}/counterparts`, {
      counterpartIds: [themeIds[3]],
    });
    assert.equal(linked.status, 204);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${stored.runId}/codebook`, {})).status, 303);
    await test.context.db.transaction().execute((trx) =>
      recordContributions(
        trx,
        NEXT.map((item) => ({
          organisationId,
          processId,
          channel: 'survey',
          sourceType: 'test',
          sourceId: item.key,
          authorUserId: null,
          participantKey: null,
          language: item.language,
          text: item.text,
        })),
        new Date('2026-05-01T10:00:00.000Z'),
      ),
    );
    const codebook = await test.context.db
      .selectFrom('insight_codebooks')
      .select(['id', 'themes'])
      .where('process_id', '=', processId)
      .executeTakeFirstOrThrow();
    const saved = JSON.parse(codebook.themes) as Array<{ counterparts?: number[] }>;
    assert.deepEqual(
      saved.map((theme) => theme.counterparts),
      [[], [3], [], [1]],
      'the counterpart links are saved with the codebook',
    );
    const start = await admin.api('POST', `/api/v1/insights/processes/${processId}/runs`, { codebookId: codebook.id });
    assert.equal(start.status, 201, start.text);
    runId = start.json<{ id: string }>().id;
    for (;;) {
      const claimed = await claimNextRun(test.context.db, test.context.clock.now());
      if (!claimed) break;
      await executeThemeRun(test.context, claimed);
    }
  });
  after(() => test.close());

  it('puts the Swedish and English sentences into the Finnish themes, the bookbus through the linked Swedish counterpart', async () => {
    const run = await test.context.db.selectFrom('insight_theme_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    assert.equal(run.status, 'succeeded', run.error ?? '');
    const rows = await test.context.db
      .selectFrom('insight_theme_sentences as s')
      .innerJoin('insight_themes as t', 't.id', 's.theme_id')
      .select(['s.text', 't.position'])
      .where('s.run_id', '=', runId)
      .execute();
    const positionOf = (text: string) => rows.find((row) => row.text === text)?.position;
    assert.equal(positionOf(NEXT[0]!.text), 1);
    assert.equal(positionOf(NEXT[1]!.text), 0);
    assert.equal(positionOf(NEXT[3]!.text), 1);
    assert.equal(positionOf(NEXT[4]!.text), undefined, 'taxes stay unassigned');
    const outputs = JSON.parse(run.outputs ?? '{}') as { crossLanguageIds: string[] };
    assert.equal(outputs.crossLanguageIds.length, 3, outputs.crossLanguageIds.join());
  });

  it('lists on the run page, in each language, which sentences were classified through another language and into which theme', async () => {
    const finnish = await admin.get(`/fi/admin/insights/runs/${runId}`);
    assert.equal(finnish.status, 200);
    assert.match(finnish.text, /Luokiteltu toisen kielen kautta \(3\)/);
    assert.match(finnish.text, /<span lang="sv">Biblioteket borde vara öppet på söndagar\.<\/span> → Kirjasto/);
    assert.match(finnish.text, /<span lang="en">Please plough the cycle paths in winter\.<\/span> → Pyörätiet/);
    assert.doesNotMatch(finnish.text.split('Luokiteltu toisen kielen kautta')[1] ?? '', /Kirjasto auki myös iltaisin/);
    assert.match((await admin.get(`/sv/admin/insights/runs/${runId}`)).text, /Klassificerade via ett annat språk \(3\)/);
    assert.match((await admin.get(`/en/admin/insights/runs/${runId}`)).text, /Classified through another language \(3\)/);
  });
});
