import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { postForms } from '../../../platform/testing/html-forms.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { insertBareProcess } from '../test-support/bare-process.ts';
import { storeFinishedRun } from '../test-support/stored-run.ts';

describe('themes across languages: an analyst links a theme to its counterparts, shown on the theme pages and in the public JSON', () => {
  let test: TestApp;
  let admin: TestClient;
  let runId: string;
  let themeIds: string[];
  let otherRunThemeId: string;
  let slug: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const process = await insertBareProcess(test.context.db, organisationId, 'kielivastineet', 'Kielivastineet');
    slug = process.slug;
    const now = test.context.clock.now();
    const stored = await storeFinishedRun(
      test.context.db,
      {
        organisationId,
        processId: process.id,
        themes: [
          { label: 'Pyörätiet', contributionIds: ['fi-1', 'fi-2'] },
          { label: 'Cykelvägar', contributionIds: ['sv-1'] },
          { label: 'Cycle paths', contributionIds: ['en-1'] },
          { label: 'Kirjasto', contributionIds: ['fi-3'] },
        ],
      },
      now,
    );
    runId = stored.runId;
    themeIds = stored.themeIds;
    otherRunThemeId = (
      await storeFinishedRun(
        test.context.db,
        { organisationId, processId: process.id, themes: [{ label: 'Muu', contributionIds: ['x'] }] },
        now,
      )
    ).themeIds[0]!;
  });
  after(() => test.close());

  it('links the Finnish theme to its Swedish and English counterparts, both ways, audited', async () => {
    const [fi, sv, en] = themeIds;
    const saved = await admin.postForm(`/fi/admin/insights/runs/${runId}/themes/${fi}/counterparts`, { 'counterpartIds[]': [sv!, en!] });
    assert.equal(saved.status, 303, saved.text);
    const page = await admin.get(`/fi/admin/insights/runs/${runId}/themes/${fi}`);
    assert.match(page.text, /Sama teema muilla kielillä/);
    assert.match(page.text, new RegExp(`value="${sv}" checked`));
    assert.match(page.text, new RegExp(`value="${en}" checked`));
    assert.match(page.text, /Muilla kielillä: <span>Cykelvägar<\/span><span>, Cycle paths<\/span>/);
    const swedish = await admin.get(`/sv/admin/insights/runs/${runId}/themes/${sv}`);
    assert.match(swedish.text, /På andra språk: <span>Pyörätiet<\/span>/, 'the link holds both ways');
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', runId)
      .where('action', '=', 'insights.theme.counterparts')
      .execute();
    assert.equal(audit.length, 1);
  });

  it('shows the counterparts in the public JSON and on the public page once published; unchecking removes them', async () => {
    const [fi, sv, en, library] = themeIds;
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/publish`, {})).status, 303);
    const json = await test.client().api('GET', `/api/v1/processes/${slug}/themes`);
    assert.equal(json.status, 200);
    const topics = json.json<{ topics: Array<{ id: string; counterparts: string[] }> }>().topics;
    const counterpartsOf = (id: string) => topics.find((topic) => topic.id === id)?.counterparts;
    assert.deepEqual(counterpartsOf(fi!), [sv, en]);
    assert.deepEqual(counterpartsOf(sv!), [fi]);
    assert.deepEqual(counterpartsOf(library!), []);
    const publicPage = await test.client().get(`/en/processes/${slug}/themes`);
    assert.match(publicPage.text, new RegExp(`In other languages: <span><a href="#theme-${sv}">Cykelvägar</a>`));
    const cleared = await admin.api('PUT', `/api/v1/insights/runs/${runId}/themes/${fi}/counterparts`, { counterpartIds: [en] });
    assert.equal(cleared.status, 204);
    const after = (await test.client().api('GET', `/api/v1/processes/${slug}/themes`)).json<{
      topics: Array<{ id: string; counterparts: string[] }>;
    }>();
    assert.deepEqual(after.topics.find((topic) => topic.id === sv)?.counterparts, []);
    assert.deepEqual(after.topics.find((topic) => topic.id === fi)?.counterparts, [en]);
  });

  it('refuses the theme itself or a theme of another run with a message at the field, in each language', async () => {
    const [fi] = themeIds;
    const self = await admin.postForm(`/fi/admin/insights/runs/${runId}/themes/${fi}/counterparts`, { 'counterpartIds[]': fi! });
    assert.equal(self.status, 422);
    assert.match(self.text, /Valitse tämän ajon muita teemoja/);
    const other = await admin.postForm(`/sv/admin/insights/runs/${runId}/themes/${fi}/counterparts`, {
      'counterpartIds[]': otherRunThemeId,
    });
    assert.equal(other.status, 422);
    assert.match(other.text, /Välj andra teman i den här körningen/);
    const api = await admin.api('PUT', `/api/v1/insights/runs/${runId}/themes/${fi}/counterparts`, { counterpartIds: ['no-such-theme'] });
    assert.equal(api.status, 422);
    const unknown = await admin.postForm(`/en/admin/insights/runs/${runId}/themes/no-such-theme/counterparts`, {});
    assert.equal(unknown.status, 404);
  });
});

/** The fields of the page's form sending to `path` whose button says `button`, as a browser sends them. */
function renderedForm(html: string, path: string, button: RegExp): { action: string; fields: Record<string, string[]> } {
  const form = postForms(html).find((candidate) => candidate.getAttribute('action') === path && button.test(candidate.text));
  assert.ok(form, `no form to ${path} with a button ${button}`);
  const fields: Record<string, string[]> = {};
  for (const input of form.querySelectorAll('input[name]')) {
    const name = input.getAttribute('name')!;
    const checkable = ['checkbox', 'radio'].includes(input.getAttribute('type') ?? '');
    if (!checkable || input.hasAttribute('checked')) fields[name] = [...(fields[name] ?? []), input.getAttribute('value') ?? ''];
  }
  return { action: path, fields };
}

describe('suggested counterparts on a theme’s page: accepting one makes it a hand-made link, rejecting one stops it', () => {
  let test: TestApp;
  let admin: TestClient;
  let runId: string;
  let themeIds: string[];

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const process = await insertBareProcess(test.context.db, organisationId, 'ehdotetut-vastineet', 'Ehdotetut');
    const texts = [
      ['fi', ['Kirjasto voisi olla auki sunnuntaisin.', 'Kirjaston aukioloajat ovat lyhyet.']],
      ['sv', ['Biblioteket borde ha öppet på söndagar.', 'Bibliotekets öppettider är korta.']],
      ['fi', ['Pyörätiet ovat talvella jäässä.', 'Aurataan pyörätiet aamulla.']],
    ] as const;
    const stored = await storeFinishedRun(
      test.context.db,
      {
        organisationId,
        processId: process.id,
        themes: texts.map(([language], t) => ({ label: `${language}-${t}`, contributionIds: [`c${t}-0`, `c${t}-1`] })),
      },
      test.context.clock.now(),
    );
    runId = stored.runId;
    themeIds = stored.themeIds;
    for (const [t, [language, pair]] of texts.entries())
      for (const [i, text] of pair.entries())
        await test.context.db
          .updateTable('insight_theme_sentences')
          .set({ text, language })
          .where('run_id', '=', runId)
          .where('contribution_id', '=', `c${t}-${i}`)
          .execute();
  });
  after(() => test.close());

  it('rejecting a suggestion stops it on both themes’ pages, remembered and audited; taking it back suggests it again', async () => {
    const [library, bibliotek] = themeIds;
    const themePage = (locale: string, id: string) => `/${locale}/admin/insights/runs/${runId}/themes/${id}`;
    const page = await admin.get(themePage('fi', library!));
    const reject = renderedForm(page.text, `${themePage('fi', library!)}/counterpart-rejections`, /Hylkää: sv-1/);
    assert.deepEqual(reject.fields.counterpartId, [bibliotek]);
    const rejected = await admin.postForm(reject.action, reject.fields);
    assert.equal(rejected.status, 303, rejected.text);
    const after = await admin.get(themePage('fi', library!));
    assert.doesNotMatch(after.text, /Hyväksy: sv-1/, 'a rejected suggestion is not suggested again');
    assert.match(after.text, /Hylätyt ehdotukset/);
    assert.doesNotMatch((await admin.get(themePage('sv', bibliotek!))).text, /Godkänn: fi-0/, 'nor on the other theme’s page');
    const again = await admin.postForm(reject.action, reject.fields);
    assert.equal(again.status, 303, 'rejecting twice changes nothing more');
    const rows = await test.context.db
      .selectFrom('insight_counterpart_rejections')
      .select('theme_id')
      .where('run_id', '=', runId)
      .execute();
    assert.equal(rows.length, 2, 'stored both ways, once');
    const restore = renderedForm(after.text, `${themePage('fi', library!)}/counterpart-rejections/restore`, /Ehdota taas: sv-1/);
    assert.equal((await admin.postForm(restore.action, restore.fields)).status, 303);
    const restored = await admin.get(themePage('en', library!));
    assert.match(restored.text, /Accept: sv-1 \(similarity/);
    assert.doesNotMatch(restored.text, /Rejected suggestions/);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', runId)
      .where('action', 'in', ['insights.counterpart.reject', 'insights.counterpart.restore'])
      .orderBy('created_at')
      .execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['insights.counterpart.reject', 'insights.counterpart.reject', 'insights.counterpart.restore'],
    );
  });

  it('refuses rejecting the theme itself or another run’s theme (422 at the field), through the page and the API', async () => {
    const [library, bibliotek] = themeIds;
    const path = `/sv/admin/insights/runs/${runId}/themes/${library}/counterpart-rejections`;
    const self = await admin.postForm(path, { counterpartId: library! });
    assert.equal(self.status, 422);
    assert.match(self.text, /Välj andra teman i den här körningen/);
    assert.equal((await admin.postForm(path, { counterpartId: '' })).status, 422);
    const api = `/api/v1/insights/runs/${runId}/themes/${library}/counterpart-rejections`;
    assert.equal((await admin.api('POST', api, { counterpartId: 'no-such-theme' })).status, 422);
    assert.equal((await test.client().api('POST', api, { counterpartId: bibliotek })).status, 401);
    assert.equal((await admin.api('POST', api, { counterpartId: bibliotek })).status, 204);
    assert.equal((await admin.api('POST', `${api}/restore`, { counterpartId: bibliotek })).status, 204);
    const rows = await test.context.db
      .selectFrom('insight_counterpart_rejections')
      .select('theme_id')
      .where('run_id', '=', runId)
      .execute();
    assert.equal(rows.length, 0);
  });

  it('suggests the Swedish library theme for the Finnish one, not the cycle paths; accepting links them both ways', async () => {
    const [library] = themeIds;
    const page = await admin.get(`/fi/admin/insights/runs/${runId}/themes/${library}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Ehdotetut kielivastineet/);
    assert.match(page.text, /Hyväksy: sv-1 \(samankaltaisuus/);
    assert.doesNotMatch(page.text, /Hyväksy: fi-2/);
    const accept = renderedForm(page.text, `/fi/admin/insights/runs/${runId}/themes/${library}/counterparts`, /Hyväksy: sv-1/);
    const accepted = await admin.postForm(accept.action, accept.fields);
    assert.equal(accepted.status, 303, accepted.text);
    const links = await test.context.db.selectFrom('insight_theme_counterparts').select('theme_id').where('run_id', '=', runId).execute();
    assert.equal(links.length, 2);
    const after = await admin.get(`/en/admin/insights/runs/${runId}/themes/${library}`);
    assert.doesNotMatch(after.text, /Suggested counterparts/, 'a linked suggestion is not suggested again');
    const ticked = renderedForm(after.text, `/en/admin/insights/runs/${runId}/themes/${library}/counterparts`, /Save the counterparts/);
    assert.deepEqual(
      ticked.fields['counterpartIds[]'],
      accept.fields.counterpartIds,
      'the accepted one comes back ticked in the counterparts form',
    );
  });
});
