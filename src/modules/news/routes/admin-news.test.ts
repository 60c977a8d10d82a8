import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { findPageBySlug } from '../queries/find-page.ts';
import { findPostBySlug } from '../queries/find-post.ts';

/** A complete post form as a browser would post it. */
function postForm(processId: string, fields: Record<string, string> = {}): Record<string, string> {
  return {
    processId,
    phaseId: '',
    kind: 'blog',
    slug: 'lomakkeen-uutinen',
    'title.fi': 'Lomakkeella kirjoitettu uutinen',
    'title.sv': 'Nyhet skriven med formulär',
    'title.en': '',
    'summary.fi': 'Lyhyesti.',
    'summary.sv': '',
    'summary.en': '',
    'body.fi': 'Ensimmäinen kappale.\n\n## Väliotsikko\n\nToinen kappale.',
    'body.sv': '',
    'body.en': '',
    videoUrl: '',
    status: 'draft',
    ...fields,
  };
}

describe('news admin through forms', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId: string;
  const find = (slug: string) => findPostBySlug(test.context.db, test.demo.organisationId!, slug);
  const auditActions = async (subjectId: string) =>
    (
      await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', subjectId).orderBy('created_at').execute()
    ).map((row) => row.action);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    processId = test.demo.processId!;
  });
  after(() => test.close());

  it('lists every post with drafts tagged in a captioned table', async () => {
    const response = await admin.get('/fi/admin/news');
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1>Uutiset<\/h1>/);
    assert.match(response.text, /<caption class="visually-hidden">/);
    assert.match(response.text, /<th scope="row">Rauman Tarina alkaa – koko kaupunki mukaan<\/th>/);
    assert.match(response.text, /aria-current="page"[^>]*>Uutiset ja sivut|href="\/fi\/admin\/news" aria-current="page"/);
  });

  it('creates a draft through the form, which the public cannot see yet', async () => {
    const form = await admin.get('/fi/admin/news/new');
    assert.equal(form.status, 200);
    assert.match(form.text, /<label for="field-slug" class="field__label">Osoite/);
    assert.match(
      form.text,
      /<optgroup label="Rauman Tarina" data-value="[^"]+"><option value="[^"]+">Käynnistys/,
      'phases grouped by process',
    );
    const response = await admin.postForm('/fi/admin/news/new', postForm(processId));
    assert.equal(response.status, 303);
    assert.equal(response.location, '/fi/admin/news');
    const list = await admin.get('/fi/admin/news');
    assert.match(list.text, /Uutinen on tallennettu\./);
    assert.match(list.text, /Lomakkeella kirjoitettu uutinen<\/th>(?:(?!<\/tr>).)*<span class="tag tag--draft">Luonnos<\/span>/s);
    const post = await find('lomakkeen-uutinen');
    assert.equal(post?.status, 'draft');
    assert.equal(post?.publishedAt, null);
    assert.deepEqual(await auditActions(post!.id), ['news.post.create']);
    assert.equal((await test.client().get('/fi/processes/rauman-tarina/news/lomakkeen-uutinen')).status, 404);
  });

  it('publishes through the edit form: published_at is set once and the post goes public', async () => {
    const post = await find('lomakkeen-uutinen');
    const edit = await admin.get(`/fi/admin/news/${post!.id}/edit`);
    assert.equal(edit.status, 200);
    assert.match(edit.text, /value="lomakkeen-uutinen"/);
    const phaseId = (test.demo.phaseIdsByKey as Record<string, string>).voices!;
    const response = await admin.postForm(`/fi/admin/news/${post!.id}/edit`, postForm(processId, { status: 'published', phaseId }));
    assert.equal(response.status, 303);
    const published = await find('lomakkeen-uutinen');
    assert.equal(published?.status, 'published');
    assert.ok(published?.publishedAt);
    const page = await test.client().get('/fi/processes/rauman-tarina/news/lomakkeen-uutinen');
    assert.equal(page.status, 200);
    assert.match(page.text, /Vaihe: Äänet kuuluviin/);
    assert.match(page.text, /<h2>Väliotsikko<\/h2>/);
    await admin.postForm(`/fi/admin/news/${post!.id}/edit`, postForm(processId, { status: 'published', 'title.fi': 'Korjattu otsikko' }));
    assert.equal((await find('lomakkeen-uutinen'))?.publishedAt, published?.publishedAt);
    assert.deepEqual(await auditActions(post!.id), ['news.post.create', 'news.post.publish', 'news.post.update']);
  });

  it('re-renders the form with 422, the values kept and errors at the fields, saving nothing', async () => {
    const response = await admin.postForm(
      '/fi/admin/news/new',
      postForm(processId, { slug: 'Huono Osoite', 'title.fi': '', 'summary.fi': 'Säilyvä <tiivistelmä>', 'body.sv': 'x'.repeat(50_001) }),
    );
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    assert.match(response.text, /href="#field-slug">Osoite: Käytä vain pieniä kirjaimia a–z, numeroita ja väliviivoja\./);
    assert.match(response.text, /href="#field-title-fi">Otsikko \(suomeksi\): Tämä tieto on pakollinen\./);
    assert.match(response.text, /href="#field-body-sv">Teksti \(ruotsiksi\): Kirjoita enintään 50000 merkkiä\./);
    assert.match(response.text, /value="Huono Osoite"/);
    assert.match(response.text, />Säilyvä &lt;tiivistelmä>/);
    assert.match(response.text, /aria-invalid="true"/);
    assert.equal(await find('huono-osoite'), undefined);
  });

  it('shows a taken slug and a phase of another process at their fields (422)', async () => {
    const taken = await admin.postForm('/fi/admin/news/new', postForm(processId, { slug: 'rauman-tarina-alkaa' }));
    assert.equal(taken.status, 422);
    assert.match(taken.text, /href="#field-slug">Osoite: Toisella uutisella on jo tämä osoite/);
    const phaseId = (test.demo.phaseIdsByKey as Record<string, string>).voices!;
    const wrongPhase = await admin.postForm('/fi/admin/news/new', postForm('', { slug: 'vaihe-ilman-prosessia', phaseId }));
    assert.equal(wrongPhase.status, 422);
    assert.match(wrongPhase.text, /href="#field-phaseId">Vaihe: Valitse vaihe, joka kuuluu valittuun prosessiin\./);
    const unknownProcess = await admin.postForm('/fi/admin/news/new', postForm('ei-ole', { slug: 'tuntematon-prosessi' }));
    assert.equal(unknownProcess.status, 422);
    assert.equal(await find('vaihe-ilman-prosessia'), undefined);
  });

  it('escapes hostile HTML typed into the form on the admin list', async () => {
    await admin.postForm('/fi/admin/news/new', postForm(processId, { slug: 'skripti', 'title.fi': '<script>alert(1)</script>' }));
    const list = await admin.get('/fi/admin/news');
    assert.doesNotMatch(list.text, /<script>alert/);
    assert.match(list.text, /&lt;script>alert\(1\)&lt;\/script>/);
  });

  it('deletes a post after a confirmation page', async () => {
    const post = await find('lomakkeen-uutinen');
    const confirm = await admin.get(`/fi/admin/news/${post!.id}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /Haluatko varmasti poistaa uutisen ”Korjattu otsikko”\?/);
    const notConfirmed = await admin.postForm(`/fi/admin/news/${post!.id}/delete`, {});
    assert.equal(notConfirmed.status, 303);
    assert.ok(await find('lomakkeen-uutinen'));
    const response = await admin.postForm(`/fi/admin/news/${post!.id}/delete`, { confirm: 'yes' });
    assert.equal(response.status, 303);
    assert.equal(response.location, '/fi/admin/news');
    assert.equal(await find('lomakkeen-uutinen'), undefined);
    assert.equal((await test.client().get('/fi/processes/rauman-tarina/news/lomakkeen-uutinen')).status, 404);
    assert.deepEqual((await auditActions(post!.id)).at(-1), 'news.post.delete');
    assert.equal((await admin.get(`/fi/admin/news/${post!.id}/edit`)).status, 404);
  });

  it('lets organisation admins manage static pages, with a confirmation before deleting', async () => {
    const created = await admin.postForm('/fi/admin/news/pages/new', {
      slug: 'yhteystiedot',
      'title.fi': 'Yhteystiedot',
      'title.sv': 'Kontaktuppgifter',
      'body.fi': 'Ota yhteyttä kirjaamoon.',
    });
    assert.equal(created.status, 303);
    assert.match((await test.client().get('/sv/pages/yhteystiedot')).text, /<h1>Kontaktuppgifter<\/h1>/);
    const taken = await admin.postForm('/fi/admin/news/pages/new', { slug: 'privacy', 'title.fi': 'X', 'body.fi': 'Y' });
    assert.equal(taken.status, 422);
    assert.match(taken.text, /Tällä osoitteella on jo sivu/);
    const list = await admin.get('/fi/admin/news/pages');
    const id = (await findPageBySlug(test.context.db, test.demo.organisationId!, 'yhteystiedot'))?.id;
    assert.ok(id);
    assert.match(list.text, new RegExp(`href="/fi/admin/news/pages/${id}/edit">Muokkaa<span class="visually-hidden">: Yhteystiedot`));
    const edited = await admin.postForm(`/fi/admin/news/pages/${id}/edit`, {
      slug: 'yhteystiedot',
      'title.fi': 'Ota yhteyttä',
      'body.fi': 'Uusi.',
    });
    assert.equal(edited.status, 303);
    assert.match((await test.client().get('/fi/pages/yhteystiedot')).text, /<h1>Ota yhteyttä<\/h1>/);
    assert.match((await admin.get(`/fi/admin/news/pages/${id}/delete`)).text, /Haluatko varmasti poistaa sivun ”Ota yhteyttä”\?/);
    assert.equal((await admin.postForm(`/fi/admin/news/pages/${id}/delete`, { confirm: 'yes' })).status, 303);
    assert.equal((await test.client().get('/fi/pages/yhteystiedot')).status, 404);
    assert.deepEqual(await auditActions(id!), ['news.page.create', 'news.page.update', 'news.page.delete']);
  });

  it('keeps the admin to those allowed: managers write posts but not pages, residents get 403, visitors sign in', async () => {
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await manager.get('/fi/admin/news')).status, 200);
    assert.doesNotMatch((await manager.get('/fi/admin/news')).text, /href="\/fi\/admin\/news\/pages"/);
    assert.equal((await manager.get('/fi/admin/news/pages')).status, 403);
    assert.equal((await manager.postForm('/fi/admin/news/pages/new', { slug: 'x1', 'title.fi': 'X', 'body.fi': 'Y' })).status, 403);
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await resident.get('/fi/admin/news')).status, 403);
    assert.equal((await resident.postForm('/fi/admin/news/new', postForm(processId, { slug: 'asukkaan' }))).status, 403);
    assert.equal(await find('asukkaan'), undefined);
    const visitor = await test.client().get('/fi/admin/news');
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /^\/fi\/sign-in\?next=/);
  });

  // The page form once had no limit while the API's PUT /pages/:slug had 60 a minute; the action holds both to it.
  it('limits static page form posts like the API: 60 a minute, then 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 61; attempt += 1) {
      statuses.push((await admin.postForm('/fi/admin/news/pages/new', { slug: '', 'title.fi': '', 'body.fi': '' })).status);
    }
    // Two page posts of the tests above count too: the first 55 are all let through to the form's check.
    assert.deepEqual([...new Set(statuses.slice(0, 55))], [422]);
    assert.equal(statuses.at(-1), 429);
  });
});
