/**
 * The organiser of the RAUMAVIISAAT future workshop (8 March 2013, by
 * invitation) invites more of the stakeholder panel, one invitee registers
 * through the personal link in their invitation mail, and on the day the
 * organiser checks people in from a phone.
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { eventsJourney, setUpEventsJourneys } from '../../src/modules/events/test-support/journey-setup.ts';
import { Journey } from './support/journey.ts';

// Before the registration deadline of 5 March, while the invitations go out.
setUpEventsJourneys('2013-03-01T08:00:00.000Z');

const INVITEES = ['sivistys.rehtori@example.com', 'yrittajat.puheenjohtaja@example.com'];
const NEWCOMER = 'Aino Esimerkki';

eventsJourney('an organiser invites the stakeholder panel and checks people in', async (journey, world) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');
  const title = 'RAUMAVIISAAT-tulevaisuustyöpaja';
  const eventPages = () => main.getByRole('navigation', { name: fi('events.admin.eventPages') });
  await world.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);

  // From the organiser's list of events to the workshop's invitations.
  await journey.open('/fi/admin/events');
  await journey.follow(() => main.getByRole('link', { name: title }).click());
  await journey.follow(() =>
    eventPages()
      .getByRole('link', { name: fi('events.admin.invitations') })
      .click(),
  );

  // The panel as the body, and the addresses of two members not yet invited.
  const bodySelect = main.getByLabel(fi('events.invite.body'));
  const panel = (await bodySelect.locator('option').allTextContents()).find((label) => label.startsWith('RAUMAVIISAAT'));
  assert.ok(panel, 'the panel is among the bodies to invite');
  await bodySelect.selectOption({ label: panel });
  await main.getByLabel(fi('events.invite.emails')).fill(INVITEES.join('\n'));
  await journey.follow(() => main.getByRole('button', { name: fi('events.invite.send') }).click());
  await main
    .getByRole('status')
    .filter({ hasText: fi('events.invite.sent') })
    .waitFor();
  for (const email of INVITEES) assert.equal(await main.getByRole('rowheader', { name: email }).count(), 1, `${email} is listed`);

  // The first invitee registers with the personal link from their mail, in a browser of their own.
  const invitation = await world.smtp.waitForMessage((mail) => mail.to.includes(INVITEES[0]!));
  assert.equal(invitation.subject, fi('events.mail.invitation.subject', { event: title }));
  const link = /https?:\/\/\S+\/fi\/events\/[\w-]+\/invitations\/[\w-]+/.exec(invitation.text)?.[0];
  assert.ok(link, 'the invitation carries a personal link');
  const inviteeContext = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const invitee = new Journey(await inviteeContext.newPage(), world.app);
    const form = invitee.page.getByRole('main');
    await invitee.open(new URL(link).pathname);
    await form.getByLabel(fi('events.register.name')).fill(NEWCOMER);
    const sector = form.getByLabel(fi('events.register.sector'));
    const sectors = (await sector.locator('option').allTextContents()).filter((label) => label !== fi('events.register.choose'));
    await sector.selectOption({ label: sectors.at(-1)! });
    await invitee.follow(() => form.getByRole('button', { name: fi('events.register.submit') }).click());
    await form.getByText(fi('events.own.confirmed')).waitFor();
    invitee.expectAllChecked();
  } finally {
    await inviteeContext.close();
  }
  await world.smtp.waitForMessage(
    (mail) => mail.to.includes(INVITEES[0]!) && mail.subject === fi('events.mail.confirmed.subject', { event: title }),
  );

  // At the door, on a phone: the check-in list, the newcomer marked as arrived, the counts.
  await journey.follow(() =>
    eventPages()
      .getByRole('link', { name: fi('events.admin.invitations') })
      .click(),
  );
  assert.equal(
    await main
      .getByRole('row', { name: new RegExp(INVITEES[0]!.replace('.', '\\.')) })
      .getByText(fi('events.invite.registered'))
      .count(),
    1,
  );
  await journey.follow(() =>
    eventPages()
      .getByRole('link', { name: fi('events.admin.checkIn') })
      .click(),
  );
  const confirmedBefore = await main.getByRole('button', { name: new RegExp(`^${fi('events.checkIn.mark', { name: '' })}`) }).count();
  assert.ok(confirmedBefore >= 2, 'the demo’s registrants and the newcomer are on the list');
  await main.getByText(fi('events.checkIn.total', { arrived: 0, confirmed: confirmedBefore })).waitFor();
  await journey.follow(() => main.getByRole('button', { name: fi('events.checkIn.mark', { name: NEWCOMER }) }).click());
  await main.getByRole('button', { name: fi('events.checkIn.undo', { name: NEWCOMER }) }).waitFor();
  await main.getByText(fi('events.checkIn.total', { arrived: 1, confirmed: confirmedBefore })).waitFor();
  const byQuota = main.getByRole('table', { name: fi('events.checkIn.byQuota') });
  assert.equal(await byQuota.count(), 1, 'attendance per sector quota');
});
