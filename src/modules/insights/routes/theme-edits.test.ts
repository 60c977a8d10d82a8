import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
];

describe('editing a run’s themes through the forms: merge, split, move, tags, undo, the lock of a published set', () => {
  let test: TestApp;
  let admin: TestClient;
  let runId: string;
  let otherRunId: string;
  let slug: string;
  const db = () => test.context.db;

  const themes = async (run = runId) =>
    db().selectFrom('insight_themes').select(['id', 'label', 'sentence_count']).where('run_id', '=', run).orderBy('position').execute();
  const placement = async () =>
    (
      await db()
        .selectFrom('insight_theme_sentences')
        .select(['contribution_id', 'sentence_index', 'theme_id', 'quote_rank'])
        .where('run_id', '=', runId)
        .orderBy('contribution_id')
        .orderBy('sentence_index')
        .execute()
    ).map((row) => `${row.contribution_id}:${row.sentence_index}:${row.theme_id}:${row.quote_rank}`);
  const themePage = (themeId: string) => `/fi/admin/insights/runs/${runId}/themes/${themeId}`;
  const audited = async (action: string) =>
    (await db().selectFrom('audit_log').select('id').where('action', '=', action).where('subject_id', '=', runId).execute()).length;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const process = await insertBareProcess(db(), organisationId, 'teemojen-muokkaus', 'Teemojen muokkaus');
    slug = process.slug;
    await db()
      .transaction()
      .execute((trx) =>
        recordContributions(
          trx,
          TEXTS.map((text, index) => ({
            organisationId,
            processId: process.id,
            channel: 'survey',
            sourceType: 'test',
            sourceId: `edit${index}`,
            authorUserId: null,
            participantKey: null,
            language: 'fi',
            text,
          })),
          new Date('2026-03-01T10:00:00.000Z'),
        ),
      );
    const start = async () => {
      const response = await admin.postForm(`/fi/admin/insights/processes/${process.id}/runs`, {
        minThemes: '3',
        maxThemes: '3',
        seed: '7',
      });
      assert.equal(response.status, 303, response.text);
      return (response.location ?? '').split('/').pop() ?? '';
    };
    runId = await start();
    otherRunId = await start();
    for (let claimed = await claimNextRun(db(), new Date()); claimed; claimed = await claimNextRun(db(), new Date()))
      await executeThemeRun(test.context, claimed);
    assert.equal((await themes()).length, 3);
  });
  after(() => test.close());

  it('merges a theme into another, refuses bad choices with a message at the field, and undoes the merge exactly', async () => {
    const [target, source] = await themes();
    const [foreign] = await themes(otherRunId);
    const before = await placement();
    const page = await admin.get(themePage(target!.id));
    assert.match(page.text, new RegExp(`action="/fi/admin/insights/runs/${runId}/themes/${target!.id}/merge"`));
    assert.match(page.text, new RegExp(`<option value="${source!.id}"`), 'the run’s other themes are offered');
    const self = await admin.postForm(`${themePage(target!.id)}/merge`, { sourceThemeId: target!.id });
    assert.equal(self.status, 422);
    assert.match(self.text, /Teemaa ei voi yhdistää itseensä/);
    const other = await admin.postForm(`${themePage(target!.id)}/merge`, { sourceThemeId: foreign!.id });
    assert.equal(other.status, 422, 'a theme of another run');
    assert.match(other.text, /Valitse teema tämän ajon teemoista/);
    assert.match(other.text, /\/merge"/, 'the form comes back');
    assert.equal(
      (await admin.postForm(`/fi/admin/insights/runs/${runId}/themes/no-such/merge`, { sourceThemeId: source!.id })).status,
      404,
    );
    assert.equal(
      (await admin.postForm(`/fi/admin/insights/runs/${otherRunId}/themes/${target!.id}/merge`, { sourceThemeId: source!.id })).status,
      404,
    );
    const visitor = await test.client().postForm(`${themePage(target!.id)}/merge`, { sourceThemeId: source!.id });
    assert.ok([303, 401, 403].includes(visitor.status), `a visitor: ${visitor.status}`);
    assert.equal((await themes()).length, 3, 'nothing changed so far');

    const merged = await admin.postForm(`${themePage(target!.id)}/merge`, { sourceThemeId: source!.id });
    assert.equal(merged.status, 303, merged.text.slice(0, 2000));
    const after = await themes();
    assert.equal(after.length, 2);
    assert.equal(after[0]?.sentence_count, (target?.sentence_count ?? 0) + (source?.sentence_count ?? 0));
    assert.equal(await audited('insights.theme.merge'), 1);
    const runPage = await admin.get(`/fi/admin/insights/runs/${runId}`);
    assert.match(runPage.text, /Viimeisin muutos: teemojen yhdistäminen/);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    assert.deepEqual(await placement(), before, 'every sentence back in its theme with its quote rank');
    assert.equal((await themes()).length, 3);
    assert.equal(await audited('insights.edit.undo'), 1);
    const nothing = await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {});
    assert.equal(nothing.status, 409);
    assert.match(nothing.text, /Kumottavaa muutosta ei ole/);
  });

  it('splits chosen sentences into a new theme from the rendered checkboxes, refuses none or all, and undoes it', async () => {
    const [theme] = await themes();
    const before = await placement();
    const page = (await admin.get(themePage(theme!.id))).text;
    const keys = [...page.matchAll(/name="sentences\[\]" value="([^"]+)"/g)].map((match) => match[1] as string);
    assert.equal(keys.length, theme?.sentence_count);
    const none = await admin.postForm(`${themePage(theme!.id)}/split`, { 'newLabel.fi': 'Talvi' });
    assert.equal(none.status, 422);
    assert.match(none.text, /Valitse ainakin yksi virke/);
    assert.match(none.text, /value="Talvi"/, 'the new name comes back');
    const all = await admin.postForm(`${themePage(theme!.id)}/split`, { 'sentences[]': keys, 'newLabel.fi': 'Talvi' });
    assert.equal(all.status, 422);
    assert.match(all.text, /Jätä ainakin yksi virke tähän teemaan/);
    assert.match(all.text, new RegExp(`value="${keys[0]}" checked`), 'the chosen sentences stay chosen');
    const unknown = await admin.postForm(`${themePage(theme!.id)}/split`, { 'sentences[]': ['x:1'], 'newLabel.fi': 'Talvi' });
    assert.equal(unknown.status, 422);
    const split = await admin.postForm(`${themePage(theme!.id)}/split`, {
      'sentences[]': [keys[0] as string],
      'newLabel.fi': 'Talvi',
      'newLabel.sv': 'Vinter',
    });
    assert.equal(split.status, 303, split.text.slice(0, 2000));
    const created = (split.location ?? '').split('/').pop() ?? '';
    const newPage = await admin.get(themePage(created));
    assert.equal(newPage.status, 200);
    assert.match(newPage.text, /value="Vinter"/);
    assert.equal((await themes()).length, 4);
    assert.equal(await audited('insights.theme.split'), 1);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    assert.deepEqual(await placement(), before);
    assert.equal((await admin.get(themePage(created))).status, 404, 'the split-off theme is gone');
  });

  it('moves chosen contributions to another theme, refuses a contribution of another theme, and undoes it', async () => {
    const [from, to] = await themes();
    const before = await placement();
    const page = (await admin.get(themePage(from!.id))).text;
    const contributionIds = [...page.matchAll(/name="contributionIds\[\]" value="([^"]+)"/g)].map((match) => match[1] as string);
    assert.ok(contributionIds.length >= 2);
    const same = await admin.postForm(`${themePage(from!.id)}/move`, {
      'contributionIds[]': [contributionIds[0] as string],
      targetThemeId: from!.id,
    });
    assert.equal(same.status, 422);
    assert.match(same.text, /Valitse jokin toinen teema kuin tämä/);
    const foreign = await admin.postForm(`${themePage(from!.id)}/move`, { 'contributionIds[]': ['not-in-theme'], targetThemeId: to!.id });
    assert.equal(foreign.status, 422);
    assert.match(foreign.text, /Valitse osallistumiset tämän teeman osallistumisista/);
    const moved = await admin.postForm(`${themePage(from!.id)}/move`, {
      'contributionIds[]': [contributionIds[0] as string],
      targetThemeId: to!.id,
    });
    assert.equal(moved.status, 303, moved.text.slice(0, 2000));
    const target = (await themes()).find((theme) => theme.id === to!.id);
    assert.ok((target?.sentence_count ?? 0) > (to?.sentence_count ?? 0));
    assert.equal(await audited('insights.contributions.move'), 1);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    assert.deepEqual(await placement(), before);
  });

  it('tags a contribution by hand: the tags come back in the form, too many are refused with the typed value kept, undo restores', async () => {
    const contribution = await db()
      .selectFrom('insight_theme_sentences')
      .select('contribution_id')
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow();
    const path = `/fi/admin/insights/runs/${runId}/contributions/${contribution.contribution_id}`;
    assert.equal((await admin.get(path)).status, 200);
    assert.equal((await admin.get(`/fi/admin/insights/runs/${runId}/contributions/unknown`)).status, 404);
    const saved = await admin.postForm(path, { tags: 'talvi,  pyöräily, talvi' });
    assert.equal(saved.status, 303);
    assert.match((await admin.get(path)).text, /name="tags"[^>]*value="pyöräily, talvi"/);
    const many = await admin.postForm(path, { tags: 'a,b,c,d,e,f,g,h,i,j,k' });
    assert.equal(many.status, 422);
    assert.match(many.text, /Enintään 10 tunnistetta/);
    assert.match(many.text, /value="a,b,c,d,e,f,g,h,i,j,k"/);
    assert.equal(
      (await admin.api('PUT', `/api/v1/insights/runs/${runId}/contributions/${contribution.contribution_id}/tags`, { tags: ['x'] })).status,
      204,
    );
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    assert.match((await admin.get(path)).text, /value="pyöräily, talvi"/);
    assert.equal(await audited('insights.contribution.tag'), 2);
  });

  it('locks a published set: merge is refused until the run is reopened; then the edit shows in public and the links follow it', async () => {
    const [target, source] = await themes();
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/publish`, {})).status, 303);
    const page = await admin.get(themePage(target!.id));
    assert.match(page.text, /Teemat on julkaistu/);
    assert.doesNotMatch(page.text, /\/merge"/, 'no merge form on a locked set');
    const locked = await admin.postForm(`${themePage(target!.id)}/merge`, { sourceThemeId: source!.id });
    assert.equal(locked.status, 409);
    assert.match(locked.text, /Julkaistut teemat on lukittu/);
    assert.equal(
      (await admin.api('POST', `/api/v1/insights/runs/${runId}/themes/${target!.id}/merge`, { sourceThemeId: source!.id })).status,
      409,
    );
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/reopen`, {})).status, 303);
    assert.equal(await audited('insights.run.reopen'), 1);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/reopen`, {})).status, 409);
    assert.equal((await admin.postForm(`${themePage(target!.id)}/merge`, { sourceThemeId: source!.id })).status, 303);
    const json = (await test.client().get(`/api/v1/processes/${slug}/themes`)).json<{ topics: unknown[] }>();
    assert.equal(json.topics.length, 2, 'the public set shows the merge');
    const links = await db()
      .selectFrom('links')
      .select(['from_id', 'to_id'])
      .where('relation', '=', 'groups')
      .where('from_id', 'in', [target!.id, source!.id])
      .execute();
    assert.ok(links.length > 0 && links.every((link) => link.from_id === target!.id), 'the merged theme’s links moved to the target');
    const contains = await db()
      .selectFrom('links')
      .select('to_id')
      .where('from_id', '=', runId)
      .where('relation', '=', 'contains')
      .execute();
    assert.equal(contains.length, 2);
    assert.equal((await admin.postForm(`/fi/admin/insights/runs/${runId}/undo`, {})).status, 303);
    const restored = await db()
      .selectFrom('links')
      .select('to_id')
      .where('from_id', '=', runId)
      .where('relation', '=', 'contains')
      .execute();
    assert.equal(restored.length, 3, 'an undo rewrites the links too');
  });
});
