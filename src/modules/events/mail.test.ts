import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { sendEventReminders } from './jobs/send-event-reminders.ts';
import { linkToken } from './links.ts';
import { createEventWith, TEST_NOW } from './test-support/event-fixtures.ts';
import { parseCalendar } from './test-support/parse-ical.ts';
import { eventBody } from './test-support/rush-event.ts';

const STAFF = { email: 'staff@demo.tarina.invalid', password: 'rauma-2013-demo' };

function calendarOf(mail: ReceivedMail) {
  const attachment = mail.parsed.attachments.find((entry) => entry.contentType === 'text/calendar');
  assert.ok(attachment, `no calendar attached to “${mail.subject}”`);
  return parseCalendar(attachment.content.toString('utf8'));
}

describe('mails over SMTP, in the registrant’s language', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  const clock = fixedClock(TEST_NOW);

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer });
    admin = await test.adminClient();
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('tells a staff member they are on the waitlist of a full unit, then that they got the seat someone cancelled, with the calendar file', async () => {
    const eventId = (test.demo.eventIds as Record<string, string>)['staff-workshop']!;
    const staff = test.client();
    await staff.signIn(STAFF.email, STAFF.password);
    const registered = await staff.postForm(`/fi/events/${eventId}/register`, {});
    assert.equal(registered.status, 303);
    const waitlisted = await smtp.waitForMessage((mail) => mail.to.includes(STAFF.email) && /Varasijalla/.test(mail.subject));
    assert.match(waitlisted.text, /varasijalla numero 2/);
    const holder = await test.context.db
      .selectFrom('event_registrations')
      .select('id')
      .where('event_id', '=', eventId)
      .where('email', '=', 'staff-environment-and-planning-1@demo.tarina.invalid')
      .executeTakeFirstOrThrow();
    const token = await linkToken(test.context.db, 'registration', holder.id, new Date());
    assert.equal((await test.client().postForm(`/fi/registrations/${token}/cancel`, {})).status, 303);
    // The demo's registrants use all three languages: the one promoted is matched by address, its subject by language.
    const promoted = await smtp.waitForMessage((mail) => mail.to.includes('staff-environment-and-planning-3@demo.tarina.invalid'));
    assert.match(promoted.subject, /^(Sait paikan|Du fick en plats|You have a seat): /);
    const calendar = calendarOf(promoted);
    assert.deepEqual([calendar.events[0]?.uid, calendar.events[0]?.start], [`${eventId}@tarina.events`, '2013-03-22T10:00:00.000Z']);
    const cancelled = await smtp.waitForMessage((mail) => mail.to.includes('staff-environment-and-planning-1@demo.tarina.invalid'));
    assert.match(cancelled.subject, /^(Ilmoittautuminen peruttu|Anmälan återkallad|Registration cancelled): /);
    const page = await staff.get(new URL(/https?:\/\/\S+\/registrations\/\S+/.exec(waitlisted.text)![0]).pathname);
    assert.match(page.text, /varasijalla numero 1/);
  });

  it('confirms in Swedish with the .ics attached when the registrant used the Swedish pages', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    const response = await test.client().postForm(`/sv/events/${eventId}/register`, { name: 'Stina', email: 'stina@example.com' });
    assert.equal(response.status, 303);
    const mail = await smtp.waitForMessage((entry) => entry.to.includes('stina@example.com'));
    assert.match(mail.subject, /^Anmälan bekräftad: /);
    assert.match(mail.text, /Hej Stina,/);
    const calendar = calendarOf(mail);
    assert.equal(calendar.method, 'PUBLISH');
    assert.deepEqual([calendar.events[0]?.start, calendar.events[0]?.sequence], ['2013-03-22T10:00:00.000Z', 0]);
  });

  it('sends changes with the same UID and a higher SEQUENCE, and the cancellation as METHOD:CANCEL', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    await test.client().postForm(`/en/events/${eventId}/register`, { name: 'Emil', email: 'emil@example.com' });
    await smtp.waitForMessage((mail) => mail.to.includes('emil@example.com') && /confirmed/.test(mail.subject));
    const moved = await admin.api(
      'PUT',
      `/api/v1/events/${eventId}`,
      eventBody({ startTime: '13:00', endTime: '17:00', place: { fi: 'Kaupungintalo', en: 'City Hall' } }),
    );
    assert.equal(moved.status, 200, moved.text);
    const changed = await smtp.waitForMessage((mail) => mail.to.includes('emil@example.com') && /^Changed:/.test(mail.subject));
    assert.match(changed.text, /Where: City Hall/);
    const changedCalendar = calendarOf(changed);
    assert.deepEqual(
      [changedCalendar.events[0]?.uid, changedCalendar.events[0]?.sequence, changedCalendar.events[0]?.start],
      [`${eventId}@tarina.events`, 1, '2013-03-22T11:00:00.000Z'],
    );
    await admin.api('PUT', `/api/v1/events/${eventId}`, eventBody({ startTime: '13:00', endTime: '17:00', status: 'cancelled' }));
    const cancelled = await smtp.waitForMessage((mail) => mail.to.includes('emil@example.com') && /^Cancelled:/.test(mail.subject));
    const cancelledCalendar = calendarOf(cancelled);
    assert.equal(cancelledCalendar.method, 'CANCEL');
    assert.deepEqual(
      [cancelledCalendar.events[0]?.uid, cancelledCalendar.events[0]?.sequence, cancelledCalendar.events[0]?.status],
      [`${eventId}@tarina.events`, 2, 'CANCELLED'],
    );
  });

  it('reminds everyone with a seat the day before, once, even when the job runs twice at the same time', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 1 }, { startsOn: '2013-03-12' });
    await test.client().postForm(`/fi/events/${eventId}/register`, { name: 'Muistettava', email: 'muistettava@example.com' });
    await test.client().postForm(`/fi/events/${eventId}/register`, { name: 'Varalla', email: 'varalla@example.com' });
    const log = (error: unknown) => assert.fail(String(error));
    const before = smtp.messages.length;
    assert.equal(await sendEventReminders(test.context, new Date('2013-03-10T12:00:00Z'), log), 0, 'two days before is too early');
    const at = new Date('2013-03-11T12:00:00Z');
    const sent = await Promise.all([sendEventReminders(test.context, at, log), sendEventReminders(test.context, at, log)]);
    assert.equal(sent[0] + sent[1], 1);
    await smtp.waitForMessage((mail) => mail.to.includes('muistettava@example.com') && /^Muistutus:/.test(mail.subject));
    assert.equal(smtp.messages.slice(before).filter((mail) => /^Muistutus:/.test(mail.subject)).length, 1);
    assert.equal(await sendEventReminders(test.context, at, log), 0);
  });

  it('mails each invitee a personal link that registers them, and invites nobody twice', async () => {
    const eventId = await createEventWith(admin, test, { registrationMode: 'invitation', capacity: 5 });
    const form = await admin.postForm(`/fi/admin/events/${eventId}/invitations`, {
      emails: 'panelisti@example.com, Panelisti@example.com\ntoinen@example.com',
      locale: 'sv',
    });
    assert.equal(form.status, 303);
    const invitation = await smtp.waitForMessage((mail) => mail.to.includes('panelisti@example.com') && /^Inbjudan:/.test(mail.subject));
    const link = new URL(/https?:\/\/\S+\/invitations\/\S+/.exec(invitation.text)![0]).pathname;
    const visitor = test.client();
    const page = await visitor.get(link);
    assert.equal(page.status, 200);
    assert.match(page.text, /panelisti@example.com/);
    assert.equal((await visitor.postForm(link, { name: 'Panelisti' })).status, 303);
    await smtp.waitForMessage((mail) => mail.to.includes('panelisti@example.com') && /^Anmälan bekräftad:/.test(mail.subject));
    const again = await admin.api('POST', `/api/v1/events/${eventId}/invitations`, { emails: 'panelisti@example.com' });
    assert.deepEqual(again.json(), { invited: 0, alreadyInvited: 1 });
  });
});
