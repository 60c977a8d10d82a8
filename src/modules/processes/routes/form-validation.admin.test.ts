import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { PROCESS_LIMITS } from '../schemas.ts';

const ADMIN = '/fi/admin/processes';
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const SQL = "x'); DROP TABLE processes; --";

describe('admin forms refuse bad input with 422, keep the values and save nothing', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId = '';
  let otherProcessId = '';

  const count = async (table: 'processes' | 'process_phases' | 'process_bodies' | 'timeline_items') =>
    (
      await test.context.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  async function createProcess(slug: string, title = 'Testiprosessi'): Promise<string> {
    const response = await admin.postForm(`${ADMIN}/new`, { slug, 'title.fi': title });
    assert.equal(response.status, 303, `creating ${slug}`);
    return (response.location ?? '').split('/').pop() as string;
  }

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    processId = await createProcess('validointi');
    otherProcessId = await createProcess('toinen-prosessi');
  });
  after(() => test.close());

  it('re-renders an over-long title with 422, the error summary and the values kept', async () => {
    const before = await count('processes');
    const title = 'a'.repeat(PROCESS_LIMITS.titleMax + 1);
    const response = await admin.postForm(`${ADMIN}/new`, { slug: 'liian-pitka', 'title.fi': title, 'summary.fi': 'Tiivistelmä säilyy' });
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    const tooLong = test.context.translator.t('fi', 'platform.validation.tooLong', { max: PROCESS_LIMITS.titleMax });
    assert.ok(response.text.includes(`href="#field-title-fi">${tooLong}`));
    assert.ok(response.text.includes(`value="${title}"`));
    assert.match(response.text, />Tiivistelmä säilyy<\/textarea>/);
    assert.equal(await count('processes'), before);
  });

  it('refuses a duplicate slug at the field, in the user’s language, instead of a 500', async () => {
    const fi = await admin.postForm(`${ADMIN}/new`, { slug: 'validointi', 'title.fi': 'Kaksoiskappale' });
    assert.equal(fi.status, 422);
    assert.match(fi.text, /Organisaatiollasi on jo prosessi tällä tunnuksella/);
    assert.match(fi.text, /value="Kaksoiskappale"/);
    const sv = await admin.postForm('/sv/admin/processes/new', { slug: 'validointi', 'title.fi': 'Kaksoiskappale' });
    assert.equal(sv.status, 422);
    assert.match(sv.text, /Din organisation har redan en process med det här kortnamnet/);
    const rename = await admin.postForm(`${ADMIN}/${otherProcessId}`, { slug: 'validointi', 'title.fi': 'Toinen' });
    assert.equal(rename.status, 422);
    const row = await test.context.db.selectFrom('processes').selectAll().where('id', '=', otherProcessId).executeTakeFirstOrThrow();
    assert.equal(row.slug, 'toinen-prosessi');
  });

  it('keeps hostile HTML escaped when re-rendering and after saving', async () => {
    const invalid = await admin.postForm(`${ADMIN}/new`, { slug: 'Ei Kelpaa!', 'title.fi': HOSTILE });
    assert.equal(invalid.status, 422);
    assert.ok(!invalid.text.includes('<script>alert("x")'));
    assert.ok(!invalid.text.includes('<img src=x'));
    assert.match(invalid.text, /&lt;script>alert\(&quot;x&quot;\)&lt;\/script>&lt;img src=x onerror=alert\(1\)>/);
    assert.match(invalid.text, /Käytä vain pieniä kirjaimia a–z, numeroita ja väliviivoja\./);

    const savedId = await createProcess('vihamielinen', HOSTILE);
    const list = await admin.get(ADMIN);
    assert.ok(!list.text.includes('<script>alert("x")'));
    assert.ok(list.text.includes('&lt;script>alert(&quot;x&quot;)&lt;/script>&lt;img src=x onerror=alert(1)>'));
    const edit = await admin.get(`${ADMIN}/${savedId}`);
    assert.ok(!edit.text.includes('<img src=x'));
  });

  it('stores SQL fragments as plain text', async () => {
    const id = await createProcess('sql-teksti', SQL);
    const row = await test.context.db.selectFrom('processes').select('title').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(JSON.parse(row.title).fi, SQL);
    assert.ok((await count('processes')) > 0);
  });

  it('accepts only http(s) images with a text alternative and https YouTube or Vimeo videos', async () => {
    const script = await admin.postForm(`${ADMIN}/${processId}`, {
      slug: 'validointi',
      'title.fi': 'T',
      heroImageUrl: 'javascript:alert(1)',
    });
    assert.equal(script.status, 422);
    assert.match(script.text, /href="#field-heroImageUrl"/);
    const noAlt = await admin.postForm(`${ADMIN}/${processId}`, {
      slug: 'validointi',
      'title.fi': 'T',
      heroImageUrl: 'https://kuvat.example/a.jpg',
    });
    assert.equal(noAlt.status, 422);
    assert.match(noAlt.text, /href="#field-heroImageAlt-fi">Kerro, mitä pääkuvassa näkyy\./);
    const video = await admin.postForm(`${ADMIN}/${processId}`, {
      slug: 'validointi',
      'title.fi': 'T',
      heroVideoUrl: 'http://www.youtube.com/watch?v=1',
    });
    assert.equal(video.status, 422);
    assert.match(video.text, /Anna YouTube- tai Vimeo-videon osoite/);
    const row = await test.context.db.selectFrom('processes').selectAll().where('id', '=', processId).executeTakeFirstOrThrow();
    assert.equal(row.hero_image_url, null);
    assert.equal(JSON.parse(row.title).fi, 'Testiprosessi');
  });

  it('refuses a title sent without a language instead of failing', async () => {
    const response = await admin.postForm(`${ADMIN}/new`, { slug: 'tyyppivirhe', title: 'pelkkä teksti' });
    assert.equal(response.status, 422);
    assert.match(response.text, /href="#field-title"/);
  });

  it('refuses a date that does not exist and an end before the start', async () => {
    const before = await count('process_phases');
    const badDate = await admin.postForm(`${ADMIN}/${processId}/phases/new`, {
      'title.fi': 'Vaihe',
      startsOn: '2030-02-30',
      endsOn: '2030-03-01',
    });
    assert.equal(badDate.status, 422);
    assert.ok(badDate.text.includes(`href="#field-startsOn">${test.context.translator.t('fi', 'platform.validation.date')}`));
    assert.match(badDate.text, /value="2030-02-30"/);
    const reversed = await admin.postForm(`${ADMIN}/${processId}/phases/new`, {
      'title.fi': 'Vaihe',
      startsOn: '2030-05-01',
      endsOn: '2030-04-01',
    });
    assert.equal(reversed.status, 422);
    assert.ok(reversed.text.includes(`href="#field-endsOn">${test.context.translator.t('fi', 'platform.validation.dateOrder')}`));
    assert.match(reversed.text, /value="2030-04-01"/);
    assert.equal(await count('process_phases'), before);
  });

  it('refuses a parent body, phase or audience body of another process', async () => {
    const foreignBody = await admin.postForm(`${ADMIN}/${otherProcessId}/bodies/new`, { kind: 'board', 'name.fi': 'Toisen hallitus' });
    assert.equal(foreignBody.status, 303);
    const foreignBodyId = (foreignBody.location ?? '').split('/').pop() as string;
    const bodiesBefore = await count('process_bodies');
    const parent = await admin.postForm(`${ADMIN}/${processId}/bodies/new`, { kind: 'other', 'name.fi': 'Ryhmä', parentId: foreignBodyId });
    assert.equal(parent.status, 422);
    assert.match(parent.text, /Valitse ylemmäksi toimielimeksi jokin tämän prosessin toimielimistä\./);
    assert.equal(await count('process_bodies'), bodiesBefore);

    const itemsBefore = await count('timeline_items');
    const audience = await admin.postForm(`${ADMIN}/${processId}/timeline/new`, {
      'title.fi': 'Tilaisuus',
      kind: 'meeting',
      startsOn: '2030-01-10',
      'audienceBodyIds[]': [foreignBodyId],
    });
    assert.equal(audience.status, 422);
    assert.match(audience.text, /Valitse kohderyhmiksi vain tämän prosessin toimielimiä\./);
    const phase = await admin.postForm(`${ADMIN}/${processId}/timeline/new`, {
      'title.fi': 'Tilaisuus',
      kind: 'meeting',
      startsOn: '2030-01-10',
      phaseId: 'ei-ole-olemassa',
    });
    assert.equal(phase.status, 422);
    assert.match(phase.text, /Valitse jokin tämän prosessin vaiheista\./);
    assert.equal(await count('timeline_items'), itemsBefore);
  });

  it('refuses a body that would be beneath itself', async () => {
    const top = await admin.postForm(`${ADMIN}/${processId}/bodies/new`, { kind: 'board', 'name.fi': 'Ylin' });
    const topId = (top.location ?? '').split('/').pop() as string;
    const child = await admin.postForm(`${ADMIN}/${processId}/bodies/new`, { kind: 'other', 'name.fi': 'Alin', parentId: topId });
    const childId = (child.location ?? '').split('/').pop() as string;
    const cycle = await admin.postForm(`${ADMIN}/${processId}/bodies/${topId}`, { kind: 'board', 'name.fi': 'Ylin', parentId: childId });
    assert.equal(cycle.status, 422);
    assert.match(cycle.text, /Toimielin ei voi olla itsensä tai alaisensa alainen\./);
    const row = await test.context.db.selectFrom('process_bodies').selectAll().where('id', '=', topId).executeTakeFirstOrThrow();
    assert.equal(row.parent_id, null);
  });

  it('refuses bad times, kinds and visibilities', async () => {
    const times = await admin.postForm(`${ADMIN}/${processId}/timeline/new`, {
      'title.fi': 'Ilta',
      kind: 'meeting',
      startsOn: '2030-01-10',
      startTime: '18:00',
      endTime: '17:00',
    });
    assert.equal(times.status, 422);
    assert.match(times.text, /Päättymisajan pitää olla sama tai myöhäisempi kuin alkamisajan\./);
    const kind = await admin.postForm(`${ADMIN}/${processId}/timeline/new`, {
      'title.fi': 'Ilta',
      kind: 'party',
      startsOn: '2030-01-10',
      startTime: '25:61',
    });
    assert.equal(kind.status, 422);
    assert.match(kind.text, /href="#field-kind"/);
    assert.match(kind.text, /href="#field-startTime"/);
    const visibility = await admin.postForm(`${ADMIN}/${processId}/visibility`, { visibility: 'everyone' });
    assert.equal(visibility.status, 422);
    assert.match(visibility.text, /href="#field-visibility"/);
    const row = await test.context.db.selectFrom('processes').select('visibility').where('id', '=', processId).executeTakeFirstOrThrow();
    assert.equal(row.visibility, 'draft');
  });

  it('refuses a sector key the body already has', async () => {
    const panel = await admin.postForm(`${ADMIN}/${processId}/bodies/new`, { kind: 'stakeholder_panel', 'name.fi': 'Paneeli' });
    const panelId = (panel.location ?? '').split('/').pop() as string;
    assert.equal(
      (await admin.postForm(`${ADMIN}/${processId}/bodies/${panelId}/sectors/new`, { key: 'asuminen', 'name.fi': 'Asuminen' })).status,
      303,
    );
    const again = await admin.postForm(`${ADMIN}/${processId}/bodies/${panelId}/sectors/new`, { key: 'asuminen', 'name.fi': 'Asuminen 2' });
    assert.equal(again.status, 422);
    assert.match(again.text, /Toimielimellä on jo sektori tällä tunnuksella\./);
    assert.match(again.text, /value="Asuminen 2"/);
  });
});
