import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';

const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 86_400_000;

describe('the accessibility statement, its feedback (Act 306/2019) and the privacy notice', () => {
  let test: TestApp;
  let admin: TestClient;
  const clock = fixedClock(NOW);
  const sent: MailMessage[] = [];
  const stored = () => test.context.db.selectFrom('privacy_feedbacks').selectAll().orderBy('created_at').execute();

  before(async () => {
    test = await startTestApp({
      demo: true,
      clock,
      mailer: { send: async (message) => void sent.push(message), close: () => {} },
      environment: { TARINA_JOBS: '0' },
    });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('shows the organisation’s statement with the feedback form, and every page’s footer links to both pages', async () => {
    const page = await test.client().get('/fi/accessibility');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>Saavutettavuusseloste<\/h1>/);
    assert.match(page.text, /<h2>Saavutettavuuden tila<\/h2>/, 'the organisation’s own text (a page its admins edit)');
    assert.match(page.text, /<h2 id="accessibility-feedback">Palautelomake<\/h2>/);
    assert.match(page.text, /<form[^>]*action="\/fi\/accessibility\/feedback"/);
    assert.match(page.text, /Vastaamme 14 päivän kuluessa\./);
    assert.match(page.text, /Etelä-Suomen aluehallintovirasto/, 'the supervisory authority is named');
    for (const path of ['/fi/', '/sv/news', '/en/accessibility']) {
      const text = (await test.client().get(path)).text;
      assert.match(text, /<footer[\s\S]*href="\/(fi|sv|en)\/accessibility"[\s\S]*href="\/(fi|sv|en)\/privacy"/, path);
    }
    assert.match((await test.client().get('/sv/accessibility')).text, /<h2 id="accessibility-feedback">Responsformulär<\/h2>/);
  });

  it('refuses bad input with the form again (422), localized, what was typed kept and nothing stored', async () => {
    const visitor = test.client();
    const fi = await visitor.postForm('/fi/accessibility/feedback', { name: 'Testi', email: 'ei-osoite', page: '/fi/news', message: '  ' });
    assert.equal(fi.status, 422);
    assert.match(fi.text, /class="error-summary"/);
    assert.match(fi.text, /href="#field-email"/);
    assert.match(fi.text, /href="#field-message"/);
    assert.match(fi.text, /name="name"[^>]*value="Testi"/);
    assert.match(fi.text, /name="page"[^>]*value="\/fi\/news"/);
    const sv = await visitor.postForm('/sv/accessibility/feedback', { email: 'x', message: 'x'.repeat(5001) });
    assert.equal(sv.status, 422);
    assert.match(sv.text, /<html lang="sv"/);
    const api = await visitor.api('POST', '/api/v1/accessibility-feedback', { email: 'a@example.fi' });
    assert.equal(api.status, 422);
    assert.match(api.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.match(api.text, /"message"/);
    assert.deepEqual(await stored(), []);
  });

  it('stores a feedback with its due date in 14 days, mails the contact and confirms to the sender', async () => {
    const contact = await admin.postForm('/fi/admin/accessibility-feedback/contact', { feedbackEmail: 'Saavutettavuus@Example.fi' });
    assert.equal(contact.status, 303);
    const badContact = await admin.postForm('/fi/admin/accessibility-feedback/contact', { feedbackEmail: 'ei osoite' });
    assert.equal(badContact.status, 422);
    assert.match(badContact.text, /name="feedbackEmail"[^>]*value="ei osoite"/);

    sent.length = 0;
    const visitor = test.client();
    const posted = await visitor.postForm('/fi/accessibility/feedback', {
      name: 'Palautteen Antaja',
      email: 'antaja@example.fi',
      page: '/fi/events',
      message: 'Tapahtumalomakkeen virheilmoitus ei näy ruudunlukijalla.',
    });
    assert.equal(posted.status, 303, posted.text);
    assert.equal(posted.location, '/fi/accessibility');
    assert.match((await visitor.get('/fi/accessibility')).text, /Kiitos palautteestasi\./);
    const [row] = await stored();
    assert.equal(row?.email, 'antaja@example.fi');
    assert.equal(row?.due_at, new Date(Date.parse(NOW) + 14 * DAY).toISOString());
    assert.equal(row?.answered_at, null);
    const toContact = sent.find((mail) => mail.to === 'saavutettavuus@example.fi');
    assert.ok(toContact, 'the contact is told');
    assert.match(toContact.subject, /vastattava viimeistään 16\. maaliskuuta 2026/);
    assert.match(toContact.text, /ruudunlukijalla/);
    assert.equal(toContact.headers?.['Reply-To'], 'antaja@example.fi');
    const confirmation = sent.find((mail) => mail.to === 'antaja@example.fi');
    assert.ok(confirmation, 'the sender is confirmed');
    assert.match(confirmation.text, /viimeistään 16\. maaliskuuta 2026/);

    const api = await test
      .client()
      .api('POST', '/api/v1/accessibility-feedback', { email: 'b@example.fi', message: 'Kontrasti on heikko.' });
    assert.equal(api.status, 201, api.text);
    assert.equal(api.json<{ dueAt: string }>().dueAt, new Date(Date.parse(NOW) + 14 * DAY).toISOString());
    assert.equal((await stored()).length, 2);
  });

  it('shows admins what is open, overdue and answered with the due date; others may not see it', async () => {
    const list = await admin.get('/fi/admin/accessibility-feedback');
    assert.equal(list.status, 200);
    assert.match(list.text, /<h1>Saavutettavuuspalaute<\/h1>/);
    assert.match(list.text, /2 palautetta odottaa vastausta\./);
    assert.match(list.text, /Odottaa vastausta/);
    assert.match(list.text, /value="saavutettavuus@example\.fi"/);
    assert.match((await admin.get('/fi/admin')).text, /href="\/fi\/admin\/accessibility-feedback"/);

    clock.set(new Date(Date.parse(NOW) + 15 * DAY));
    try {
      // Fifteen days on the session has run out: sign in again.
      const admin = await test.adminClient();
      const late = await admin.get('/en/admin/accessibility-feedback');
      assert.match(late.text, /Overdue/);
      const [first] = await stored();
      const answered = await admin.postForm(`/fi/admin/accessibility-feedback/${first?.id}/answered`, {});
      assert.equal(answered.status, 303);
      const after = await admin.get('/fi/admin/accessibility-feedback');
      assert.match(after.text, /Vastattu/);
      assert.match(after.text, /Yksi palaute odottaa vastausta\./);
      assert.equal((await admin.postForm('/fi/admin/accessibility-feedback/unknown/answered', {})).status, 404);
    } finally {
      clock.set(NOW);
    }

    assert.equal((await test.client().get('/fi/admin/accessibility-feedback')).status, 303, 'a visitor is sent to sign in');
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await manager.get('/fi/admin/accessibility-feedback')).status, 403, 'a process manager is no admin');
  });

  it('lists every declared retention rule on the privacy page, and shows a default text while the organisation has none', async () => {
    const page = await test.client().get('/en/privacy');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h2 id="privacy-retention">How long data is kept<\/h2>/);
    assert.ok(test.context.retention.length >= 8);
    for (const rule of test.context.retention) {
      assert.match(page.text, new RegExp(`id="retention-${rule.name.replace('.', '-')}"`), rule.name);
    }
    assert.match(page.text, /Removed 30 days after they expire|Removed once the session has ended/);
    assert.match((await test.client().get('/fi/privacy')).text, /Kuinka kauan tietoja säilytetään/);

    await test.context.db.deleteFrom('news_pages').where('slug', 'in', ['privacy', 'accessibility']).execute();
    const fallback = await test.client().get('/sv/privacy');
    assert.equal(fallback.status, 200);
    assert.match(fallback.text, /<h1>Dataskyddsbeskrivning<\/h1>/);
    assert.match(fallback.text, /<h2>Personuppgiftsansvarig<\/h2>/);
    const statement = await test.client().get('/en/accessibility');
    assert.match(statement.text, /<h1>Accessibility statement<\/h1>/);
    assert.match(statement.text, /<h2>Status of accessibility<\/h2>/);
    assert.match(statement.text, /<h2>Supervisory authority<\/h2>/, 'the default names the supervisory authority');
  });
});
