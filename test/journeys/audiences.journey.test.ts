/**
 * Audiences that work for real people, in a browser: a council member joins a
 * council-and-board seminar by signing in (no code typed); a staff member joins
 * her own unit's management workshop and is refused another unit's in words; and
 * the staff workshop's registration takes the unit from the staff directory.
 * The people are placed in units and seated in bodies by the test's own rows
 * (`platform/testing/people.ts`), as the directory and seat linking do.
 */
import assert from 'node:assert/strict';
import { eventBody } from '../../src/modules/events/test-support/rush-event.ts';
import { createWorkshop } from '../../src/modules/workshops/test-support/fixtures.ts';
import { createAccount, PERSON_PASSWORD, placeInUnit, seatInBody } from '../../src/platform/testing/people.ts';
import { type Journey, journey } from './support/journey.ts';

/** Signs in through the sign-in form the browser is on. */
async function signInHere(current: Journey, email: string): Promise<void> {
  const main = current.page.getByRole('main');
  await main.getByLabel(current.t('fi', 'accounts.field.email')).fill(email);
  await main.getByLabel(current.t('fi', 'accounts.field.password')).fill(PERSON_PASSWORD);
  await current.follow(() => main.getByRole('button', { name: current.t('fi', 'accounts.signIn.submit') }).click());
}

journey('a council member joins the council-and-board seminar by signing in, without typing a code', async (current) => {
  const { app, page } = current;
  const bodies = app.demo.bodyIds as Record<string, string>;
  const seminar = await createWorkshop(app, await app.adminClient(), {
    kind: 'seminar',
    title: { fi: 'Valtuuston ja hallituksen seminaari' },
    access: 'bodies',
    audienceIds: [bodies.council, bodies.board],
  });
  const member = await createAccount(app, 'polku-valtuutettu');
  await seatInBody(app, bodies.council as string, member.userId, 'valtuutettu');

  // The seminar's address sends a visitor to sign in, then straight on to joining.
  await current.open(`/fi/workshops/${seminar.id}/join`);
  assert.match(page.url(), /\/fi\/sign-in\?next=/);
  await signInHere(current, member.email);
  assert.ok(page.url().endsWith(`/fi/join/${seminar.joinCode}`), page.url());
  await current.follow(() =>
    page
      .getByRole('main')
      .getByRole('button', { name: current.t('fi', 'workshops.join.submit') })
      .click(),
  );
  assert.ok(page.url().endsWith(`/fi/workshops/${seminar.id}`), page.url());
});

journey('a staff member joins her unit’s management workshop and is refused another unit’s in words', async (current) => {
  const { app, page } = current;
  const units = app.demo.unitIds as Record<string, string>;
  const admin = await app.adminClient();
  const own = await createWorkshop(app, admin, {
    title: { fi: 'Sivistystoimen johtoryhmän työpaja' },
    access: 'units',
    audienceIds: [units['education-and-culture']],
  });
  const other = await createWorkshop(app, admin, {
    title: { fi: 'Sosiaali- ja terveystoimen johtoryhmän työpaja' },
    access: 'units',
    audienceIds: [units['social-and-health']],
  });
  const staff = await createAccount(app, 'polku-rehtori', { roles: ['member'], unitId: units['basic-education'] });

  await current.open('/fi/sign-in');
  await signInHere(current, staff.email);
  await current.open(`/fi/workshops/${own.id}/join`);
  await current.follow(() =>
    page
      .getByRole('main')
      .getByRole('button', { name: current.t('fi', 'workshops.join.submit') })
      .click(),
  );
  assert.ok(page.url().endsWith(`/fi/workshops/${own.id}`), page.url());

  await current.open(`/fi/workshops/${other.id}/join`, { status: 403 });
  await page.getByText(current.t('fi', 'workshops.join.notInAudience')).waitFor();
});

journey('the staff workshop’s registration takes the unit from the staff directory', async (current) => {
  const { app, page } = current;
  const units = app.demo.unitIds as Record<string, string>;
  const admin = await app.adminClient();
  const created = await admin.api(
    'POST',
    `/api/v1/processes/${app.demo.processSlug}/events`,
    eventBody({ title: { fi: 'Henkilöstön tulevaisuustyöpaja' }, startsOn: '2030-03-22', audience: 'staff' }),
  );
  assert.equal(created.status, 201, created.text);
  const eventId = created.json<{ id: string }>().id;
  const settings = { registrationMode: 'staff', capacity: 30, quotaAttribute: 'unit', quotaSplit: 'headcount' };
  const saved = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, settings);
  assert.equal(saved.status, 200, saved.text);
  const staff = await createAccount(app, 'polku-opettaja', { roles: ['member'] });
  await placeInUnit(app, staff.userId, units['basic-education'] as string);

  await current.open('/fi/sign-in');
  await signInHere(current, staff.email);
  await current.open(`/fi/events/${eventId}`);
  const main = page.getByRole('main');
  await main
    .getByText(/Perusopetus/)
    .first()
    .waitFor();
  assert.equal(await main.getByRole('combobox', { name: current.t('fi', 'events.register.unit') }).count(), 0, 'the unit is not asked');
  await current.follow(() => main.getByRole('button', { name: current.t('fi', 'events.register.submit') }).click());
  await main.getByText(current.t('fi', 'events.own.confirmed')).waitFor();
  const row = await app.context.db
    .selectFrom('event_registrations')
    .select('attribute_value')
    .where('event_id', '=', eventId)
    .where('user_id', '=', staff.userId)
    .executeTakeFirstOrThrow();
  assert.equal(row.attribute_value, units['basic-education']);
});
