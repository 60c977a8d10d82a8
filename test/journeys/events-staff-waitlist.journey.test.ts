/**
 * A staff member registers for the Rauma staff workshop of 22 March 2013,
 * lands on the waitlist of their full unit, is promoted when seats are given
 * up, and gets both mails — through a real SMTP server — with the calendar
 * file in the second. The people who give up their places do it in their own
 * browsers, through their personal links.
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { DEMO_STAFF } from '../../src/modules/events/demo-events.ts';
import { linkToken } from '../../src/modules/events/links.ts';
import { type EventsJourneyWorld, eventsJourney, setUpEventsJourneys } from '../../src/modules/events/test-support/journey-setup.ts';
import { parseCalendar } from '../../src/modules/events/test-support/parse-ical.ts';
import { Journey } from './support/journey.ts';

setUpEventsJourneys();

/** The personal link's path of a demo registrant of the staff workshop, found by address. */
async function personalLinkOf(world: EventsJourneyWorld, eventId: string, email: string): Promise<string> {
  const { db } = world.app.context;
  const row = await db
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return `/fi/registrations/${await linkToken(db, 'registration', row.id, new Date())}`;
}

/** Someone else gives up their place, in a browser of their own, through their personal link. */
async function giveUpPlace(world: EventsJourneyWorld, path: string, before: string): Promise<void> {
  const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const other = new Journey(await context.newPage(), world.app);
    const fi = (key: string) => other.t('fi', key);
    await other.open(path);
    const main = other.page.getByRole('main');
    await main.getByText(before).waitFor();
    await other.follow(() => main.getByRole('button', { name: fi('events.own.cancelButton') }).click());
    await main.getByText(fi('events.own.cancelled')).waitFor();
    other.expectAllChecked();
  } finally {
    await context.close();
  }
}

eventsJourney(
  'a staff member lands on the waitlist of a full unit, is promoted when someone cancels, and gets both mails',
  async (journey, world) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');
    const eventId = (world.app.demo.eventIds as Record<string, string>)['staff-workshop']!;
    const title = 'Henkilöstötyöpaja';
    await world.signIn(DEMO_STAFF.email, DEMO_ADMIN.password);

    // From the organisation's event list to the workshop's page.
    await journey.open('/fi/events');
    await journey.follow(() => main.getByRole('link', { name: title, exact: true }).first().click());
    assert.ok(page.url().endsWith(`/fi/events/${eventId}`));

    // Registering as the signed-in staff member: the unit comes from the account, and its seats are taken.
    await journey.follow(() => main.getByRole('button', { name: fi('events.register.submit') }).click());
    assert.match(page.url(), /\/fi\/registrations\/[\w-]+$/);
    const ownPage = new URL(page.url()).pathname;
    await main.getByText(fi('events.own.waitlisted', { position: 2 })).waitFor();

    const waitlisted = await world.smtp.waitForMessage((mail) => mail.to.includes(DEMO_STAFF.email));
    assert.equal(waitlisted.subject, fi('events.mail.waitlisted.subject', { event: title }));
    assert.ok(waitlisted.text.includes(fi('events.mail.waitlisted.body', { position: 2 })));
    assert.ok(waitlisted.text.includes(ownPage), 'the mail carries the personal link');
    assert.equal(
      waitlisted.parsed.attachments.filter((file) => file.contentType === 'text/calendar').length,
      0,
      'no calendar file for a waitlist place',
    );

    // The first on the unit's waitlist withdraws, then a seat holder of the unit cancels: the seat is the staff member's.
    const unit = 'staff-environment-and-planning';
    await giveUpPlace(
      world,
      await personalLinkOf(world, eventId, `${unit}-3@demo.tarina.invalid`),
      fi('events.own.waitlisted', { position: 1 }),
    );
    await giveUpPlace(world, await personalLinkOf(world, eventId, `${unit}-1@demo.tarina.invalid`), fi('events.own.confirmed'));

    const promoted = await world.smtp.waitForMessage(
      (mail) => mail.to.includes(DEMO_STAFF.email) && mail.subject === fi('events.mail.promoted.subject', { event: title }),
    );
    assert.ok(promoted.text.includes(fi('events.mail.promoted.body')));
    const file = promoted.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
    assert.ok(file, 'the promotion mail carries the calendar file');
    const calendar = parseCalendar(file.content.toString('utf8'));
    assert.deepEqual(
      [calendar.events[0]?.uid, calendar.events[0]?.start],
      [`${eventId}@tarina.events`, '2013-03-22T10:00:00.000Z'],
      'the event at noon in Helsinki',
    );

    // The personal link from the mail now shows the seat.
    const link = /https?:\/\/\S+\/fi\/registrations\/[\w-]+/.exec(promoted.text)?.[0];
    assert.ok(link, 'the promotion mail carries the personal link');
    await journey.open(new URL(link).pathname);
    await main.getByText(fi('events.own.confirmed')).waitFor();
    assert.equal(await main.getByRole('link', { name: fi('events.page.addToCalendar') }).count(), 1);
  },
);
