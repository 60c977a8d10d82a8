import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fixedClock } from '../../../platform/clock.ts';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { createEventWith, problemOf, registerByApi, TEST_NOW, unitId } from '../test-support/event-fixtures.ts';
import { eventBody } from '../test-support/rush-event.ts';

const STAFF = { email: 'staff@demo.tarina.invalid', password: 'rauma-2013-demo' };
const OTHER_HOST = 'kiintiot.example';
const OTHER_ADMIN = { email: 'admin@kiintiot.example', password: 'kiintioiden-salasana-2013' };

/** RFC 4180 CSV as a spreadsheet program reads it (a byte-order mark, quoted commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relaxQuotes: false }) as string[][];
}

/** The cookie header of a signed-in test client, for fetch (which reads binary bodies). */
function cookieOf(client: TestClient): string {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

describe('events: editors that fit the task', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  const t = (locale: 'fi' | 'sv' | 'en', key: string, values?: Record<string, string | number>) =>
    test.context.translator.t(locale, key, values);
  const escaped = (text: string) => text.replaceAll('’', '’').replaceAll('&', '&amp;');

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW), mailer });
    admin = await test.adminClient();
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('answers a second registration from the page with a 409 page that says so in the visitor’s language, and mails the link again on request', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    const first = await test.client().postForm(`/sv/events/${eventId}/register`, { name: 'Ensimmäinen', email: 'kahdesti@example.com' });
    assert.equal(first.status, 303, first.text);
    const stranger = test.client();
    const again = await stranger.postForm(`/sv/events/${eventId}/register`, { name: 'Toinen', email: 'KAHDESTI@example.com' });
    assert.equal(again.status, 409);
    assert.match(again.headers.get('content-type') ?? '', /text\/html/);
    assert.match(again.text, new RegExp(`<h1>${t('sv', 'events.already.title')}</h1>`));
    assert.ok(again.text.includes(escaped(t('sv', 'events.already.mailed'))), 'says where the link is');
    // Knowing someone’s address must not open their registration: no personal link on the page.
    assert.doesNotMatch(again.text, /\/registrations\/[A-Za-z0-9_-]{20,}/);
    assert.doesNotMatch(again.text, new RegExp(t('sv', 'platform.error.conflict') || 'no-such-text'));
    const resend = await stranger.postForm(`/sv/events/${eventId}/registration-link`, { email: 'kahdesti@example.com' });
    assert.equal(resend.status, 303);
    const mail = await smtp.waitForMessage(
      (message) => message.to.includes('kahdesti@example.com') && /\/registrations\//.test(message.text),
    );
    const link = /https?:\/\/[^\s]+\/registrations\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    assert.ok(link, 'the mail carries the personal link');
    const own = await test.client().get(new URL(link).pathname);
    assert.equal(own.status, 200);
    assert.match(own.text, /Ensimmäinen/);
  });

  it('shows a signed-in person who registers twice the link to the registration they have', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    const staff = test.client();
    await staff.signIn(STAFF.email, STAFF.password);
    assert.equal((await staff.postForm(`/en/events/${eventId}/register`, {})).status, 303);
    const again = await staff.postForm(`/en/events/${eventId}/register`, {});
    assert.equal(again.status, 409);
    assert.match(again.text, new RegExp(`<h1>${t('en', 'events.already.title')}</h1>`));
    const href = /href="(\/en\/registrations\/[A-Za-z0-9_-]+)"/.exec(again.text)?.[1];
    assert.ok(href, 'links to the registration');
    const own = await staff.get(href);
    assert.equal(own.status, 200);
    assert.match(own.text, new RegExp(escaped(t('en', 'events.own.confirmed'))));
  });

  it('keeps a problem+json with a stable type for the API, and a field error for the organiser’s add form', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    assert.equal((await registerByApi(test.client(), eventId, { name: 'Eka', email: 'api@example.com' })).status, 201);
    const again = await registerByApi(test.client(), eventId, { name: 'Toka', email: 'api@example.com' });
    assert.equal(again.status, 409);
    assert.match(again.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal(problemOf(again).type, 'urn:tarina:problem:already-registered');
    const added = await admin.postForm(`/fi/admin/events/${eventId}/registrations`, {
      name: 'Kolmas',
      email: 'api@example.com',
      locale: 'fi',
      reason: 'Soitti',
    });
    assert.equal(added.status, 422);
    assert.ok(added.text.includes(escaped(t('fi', 'events.organiser.duplicate'))));
    assert.match(added.text, /value="Kolmas"/);
  });

  it('explains unit and sector quotas where there are none yet, linking to where they are made', async () => {
    const otherId = await createOrganisation(
      test.context.db,
      { slug: 'kiintiot', name: { fi: 'Kiintiökunta' }, hosts: [OTHER_HOST] },
      new Date(TEST_NOW),
    );
    await createUser(
      test.context.db,
      otherId,
      { ...OTHER_ADMIN, displayName: 'Ylläpitäjä', locale: 'fi', roles: ['org_admin', 'process_manager'] },
      new Date(TEST_NOW),
    );
    const other = test.client({ host: OTHER_HOST });
    await other.signIn(OTHER_ADMIN.email, OTHER_ADMIN.password);
    const process = await other.api('POST', '/api/v1/processes', { slug: 'ilman-sektoreita', title: { fi: 'Ilman sektoreita' } });
    assert.equal(process.status, 201, process.text);
    const processId = process.json<{ id: string }>().id;
    const created = await other.api('POST', '/api/v1/processes/ilman-sektoreita/events', eventBody());
    assert.equal(created.status, 201, created.text);
    const eventId = created.json<{ id: string }>().id;
    const page = await other.get(`/fi/admin/events/${eventId}/registration`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(escaped(t('fi', 'events.settings.noSectors'))), 'explains sector quotas');
    assert.ok(page.text.includes(`href="/fi/admin/processes/${processId}/bodies"`), 'links to the bodies page');
    assert.ok(page.text.includes(escaped(t('fi', 'events.settings.noUnits'))), 'explains unit quotas');
    assert.ok(page.text.includes('href="/fi/admin/units"'), 'links to the units page');
    // Chosen anyway: the form comes back with the explanation, not an empty quota table.
    const saved = await other.postForm(`/fi/admin/events/${eventId}/registration`, {
      registrationMode: 'open',
      capacity: '10',
      quotaAttribute: 'sector',
      answersRetentionDays: '30',
    });
    assert.equal(saved.status, 303, saved.text);
    const reopened = await other.get(`/fi/admin/events/${eventId}/registration`);
    assert.ok(reopened.text.includes(escaped(t('fi', 'events.settings.noSectors'))));
    assert.ok(!reopened.text.includes(escaped(t('fi', 'events.settings.quotasAfterSave'))), 'no promise of rows that cannot come');

    // The demo process has sectors and the organisation units: no explanation there.
    const demoEvent = await createEventWith(admin, test, { capacity: 5 });
    const demoPage = await admin.get(`/fi/admin/events/${demoEvent}/registration`);
    assert.ok(!demoPage.text.includes(escaped(t('fi', 'events.settings.noSectors'))));
    assert.ok(!demoPage.text.includes(escaped(t('fi', 'events.settings.noUnits'))));
  });

  it('exports the registration list as CSV and XLSX in the organiser’s language, answers included, formulas disarmed, audited', async () => {
    const social = unitId(test, 'social-and-health');
    const eventId = await createEventWith(admin, test, {
      capacity: 60,
      quotaAttribute: 'unit',
      quotaSplit: 'headcount',
      questions: [{ label: { fi: 'Ruokavalio', sv: 'Specialkost', en: 'Diet' }, required: false }],
    });
    const question = await test.context.db.selectFrom('event_questions').select('id').where('event_id', '=', eventId).executeTakeFirst();
    const questionId = question?.id;
    assert.ok(questionId, 'the extra question was saved');
    const people = [
      { name: '=HYPERLINK("http://evil.example","klikkaa")', email: 'kaava@example.com', answer: '+1+2' },
      { name: 'Åsa Öhman', email: 'asa@example.com', answer: '@SUM(A1)' },
      { name: 'Tavallinen', email: 'tavallinen@example.com', answer: '-3' },
    ];
    for (const person of people) {
      const response = await registerByApi(test.client(), eventId, {
        name: person.name,
        email: person.email,
        attributeValue: social,
        answers: { [questionId]: person.answer },
      });
      assert.equal(response.status, 201, response.text);
    }
    const page = await admin.get(`/sv/admin/events/${eventId}/registrations`);
    assert.ok(page.text.includes(`/api/v1/events/${eventId}/registrations/export?format=csv&amp;lang=sv`));
    assert.ok(page.text.includes(`/api/v1/events/${eventId}/registrations/export?format=xlsx&amp;lang=sv`));

    const auditsBefore = await exportAudits(eventId);
    const csv = await admin.get(`/api/v1/events/${eventId}/registrations/export?format=csv&lang=sv`);
    assert.equal(csv.status, 200, csv.text);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="registrations-.*\.csv"/);
    assert.ok(csv.text.startsWith('\uFEFF'), 'a byte order mark for spreadsheet programs');
    const rows = parseCsv(csv.text);
    const header = [
      t('sv', 'events.organiser.number'),
      t('sv', 'events.register.name'),
      t('sv', 'events.register.email'),
      t('sv', 'events.register.unit'),
      t('sv', 'events.organiser.status'),
      'Specialkost',
    ];
    assert.deepEqual(rows[0], header);
    assert.deepEqual(
      rows.slice(1).map((row) => [row[1], row[2], row[5]]),
      [
        [`'${people[0]?.name}`, 'kaava@example.com', "'+1+2"],
        ['Åsa Öhman', 'asa@example.com', "'@SUM(A1)"],
        ['Tavallinen', 'tavallinen@example.com', "'-3"],
      ],
    );
    assert.ok(rows.slice(1).every((row) => row[4]?.startsWith(t('sv', 'events.registrationStatus.confirmed'))));
    assert.ok(
      rows.slice(1).every((row) => row[3] && row[3] !== '–'),
      'the unit is named',
    );

    const response = await fetch(`${test.baseUrl}/api/v1/events/${eventId}/registrations/export?format=xlsx&lang=en`, {
      headers: { cookie: cookieOf(admin) },
    });
    assert.equal(response.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    assert.equal(sheet.getRow(1).getCell(6).value, 'Diet');
    assert.equal(sheet.getRow(1).getCell(2).value, t('en', 'events.register.name'));
    const formulaCell = sheet.getRow(2).getCell(2);
    assert.equal(formulaCell.type, ExcelJS.ValueType.String, 'a name starting with = is text, not a formula');
    assert.equal(formulaCell.value, people[0]?.name);
    assert.equal(sheet.getRow(3).getCell(2).value, 'Åsa Öhman');
    assert.equal(sheet.getRow(2).getCell(1).type, ExcelJS.ValueType.Number);
    assert.equal(sheet.rowCount, 4);

    assert.equal((await exportAudits(eventId)) - auditsBefore, 2, 'every download is in the audit log');
  });

  it('lets only the event’s organisers download, and not across organisations', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    const anonymous = await test.client().get(`/api/v1/events/${eventId}/registrations/export?format=csv`);
    assert.equal(anonymous.status, 401);
    const staff = test.client();
    await staff.signIn(STAFF.email, STAFF.password);
    const forbidden = await staff.get(`/api/v1/events/${eventId}/registrations/export?format=csv`);
    assert.equal(forbidden.status, 403);
    const other = test.client({ host: OTHER_HOST });
    await other.signIn(OTHER_ADMIN.email, OTHER_ADMIN.password);
    const foreign = await other.get(`/api/v1/events/${eventId}/registrations/export?format=xlsx`);
    assert.equal(foreign.status, 404);
    const bad = await admin.get(`/api/v1/events/${eventId}/registrations/export?format=pdf`);
    assert.equal(bad.status, 422);
  });

  async function exportAudits(eventId: string): Promise<number> {
    const rows = await test.context.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'events.registrations.export')
      .where('subject_id', '=', eventId)
      .execute();
    return rows.length;
  }
});
