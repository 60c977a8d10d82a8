import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.ts';
import type { Actor } from '../../platform/authz/authz.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createUser } from '../accounts/index.ts';
import { listBodies } from '../processes/index.ts';
import { inviteToEvent } from './commands/invite-to-event.ts';
import { registerForEvent } from './commands/register-for-event.ts';
import { updateRegistrationSettings } from './commands/update-registration-settings.ts';
import { createDemoEvent } from './demo-create-event.ts';
import { DEMO_EVENTS, DEMO_SITE, DEMO_STAFF, type DemoEvent, STAFF_WORKSHOP_REGISTRANTS } from './demo-events.ts';
import { seedLiveEvents } from './demo-live-seed.ts';
import { listAttributeOptions } from './queries/attribute-options.ts';
import { splitByHeadcount } from './split-by-headcount.ts';

/** The staff workshop: 70 seats split over the units by headcount, registrations in order, a full unit's waitlist. */
async function seedStaffWorkshop(context: AppContext, actor: Actor, eventId: string, state: DemoState, demo: DemoEvent) {
  const options = (await listAttributeOptions(context.db, actor.organisationId, state.processId!, 'unit')).filter(
    (option) => option.depth === 0,
  );
  const seats = splitByHeadcount(
    70,
    options.map((option) => ({ key: option.value, headcount: option.headcount })),
  );
  const quotas = options.map((option) => ({ value: option.value, label: option.label, seats: seats.get(option.value) ?? 0 }));
  await updateRegistrationSettings(context.db, actor, eventId, { ...demo.settings, quotas }, new Date(demo.createdAt));
  for (const [index, registrant] of STAFF_WORKSHOP_REGISTRANTS.entries()) {
    const unitId = state.unitIds?.[registrant.unitKey];
    const at = new Date(Date.parse('2013-03-04T06:00:00Z') + index * 7 * 60_000);
    const person = {
      ...registrant,
      userId: null,
      attributeValues: unitId ? [unitId] : [],
      siteOrigin: DEMO_SITE,
      answers: {},
      invitationId: null,
    };
    await registerForEvent(context.db, actor.organisationId, eventId, person, at);
  }
}

/** The RAUMAVIISAAT workshop: two seats per sector, invitations to each sector, some registered. */
async function seedPanelWorkshop(context: AppContext, actor: Actor, eventId: string, state: DemoState, demo: DemoEvent) {
  const panel = (await listBodies(context.db, actor.organisationId, state.processId!)).find(
    (body) => body.id === state.bodyIds?.raumaviisaat,
  );
  const sectors = panel?.sectors ?? [];
  const quotas = sectors.map((sector) => ({ value: sector.id, label: sector.name, seats: 2 }));
  await updateRegistrationSettings(context.db, actor, eventId, { ...demo.settings, quotas }, new Date(demo.createdAt));
  const emails = sectors.map((sector) => `raumaviisaat-${sector.key}@demo.tarina.invalid`);
  const invitedAt = new Date('2013-02-26T08:00:00Z');
  const { invited } = await inviteToEvent(
    context,
    actor,
    { id: eventId, processId: state.processId! },
    { bodyId: null, unitId: null, emails, locale: 'fi' },
    invitedAt,
  );
  for (const [index, sector] of sectors.slice(0, 7).entries()) {
    const invitation = invited.find((entry) => entry.email === emails[index]);
    const person = {
      name: `RAUMAVIISAAT – ${sector.name.fi}`,
      email: emails[index]!,
      userId: null,
      attributeValues: [sector.id],
      locale: 'fi' as const,
      siteOrigin: DEMO_SITE,
      answers: {},
      invitationId: invitation?.id ?? null,
    };
    await registerForEvent(context.db, actor.organisationId, eventId, person, new Date(invitedAt.getTime() + (index + 1) * 3_600_000));
  }
}

/**
 * The demo's events: the staff workshop of 22 March 2013 (70 seats over the
 * units, registrations and a waitlist), the RAUMAVIISAAT future workshop of
 * 8 March by invitation, and the residents' event of 17 April; each linked
 * to its timeline item. Then the live round's staff workshop and residents'
 * event, registration open on the seed day. Last the demo's staff accounts
 * (those of the list with a unit): one in a unit whose seats are taken, for
 * trying the waitlist, one in a unit with seats left.
 */
export async function seedEventsDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  if (!organisationId || !state.processId || !state.adminUserId)
    throw new Error('the events demo needs the organisation, accounts and process demos first');
  const actor: Actor = {
    organisationId,
    userId: state.adminUserId,
    grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
  };
  const eventIds: Record<string, string> = {};
  for (const demo of DEMO_EVENTS) {
    const id = await createDemoEvent(context, actor, { processId: state.processId, bodyIds: state.bodyIds ?? {} }, demo);
    eventIds[demo.key] = id;
    if (demo.key === 'staff-workshop') await seedStaffWorkshop(context, actor, id, state, demo);
    else if (demo.key === 'raumaviisaat-workshop') await seedPanelWorkshop(context, actor, id, state, demo);
    else await updateRegistrationSettings(context.db, actor, id, { ...demo.settings, quotas: [] }, new Date(demo.createdAt));
  }
  state.eventIds = eventIds;
  await seedLiveEvents(context, actor, state);
  for (const account of DEMO_ACCOUNTS) {
    if (!account.unitKey) continue;
    const input = {
      email: account.email,
      displayName: account.displayName,
      password: account.password,
      locale: 'fi' as const,
      unitId: state.unitIds?.[account.unitKey] ?? null,
      roles: account.roles,
    };
    const id = await createUser(context.db, organisationId, input, context.clock.now());
    if (account.key === DEMO_STAFF.key) state.staffUserId = id;
  }
}
