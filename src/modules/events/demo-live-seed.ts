/** Seeds the live round's events: registration open on the seed day, some seats already taken. */
import { liveCalendar, liveState } from '../../demo/rauma-live.ts';
import type { Actor } from '../../platform/authz/authz.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { registerForEvent } from './commands/register-for-event.ts';
import { updateRegistrationSettings } from './commands/update-registration-settings.ts';
import { createDemoEvent } from './demo-create-event.ts';
import { DEMO_SITE } from './demo-events.ts';
import { LIVE_FULL_UNIT, LIVE_STAFF_SEATS, liveEvents } from './demo-live.ts';
import { listAttributeOptions } from './queries/attribute-options.ts';
import { splitByHeadcount } from './split-by-headcount.ts';

const HOUR_MS = 3_600_000;

/** Who has registered so far: the full unit's every seat, about a third of each other unit's, in turns. */
function liveStaffRegistrants(quotas: Array<{ value: string; key: string; label: string; seats: number }>) {
  const demand = quotas.map((quota) => ({ ...quota, count: quota.key === LIVE_FULL_UNIT ? quota.seats : Math.ceil(quota.seats / 3) }));
  const list: Array<{ unitId: string; name: string; email: string }> = [];
  for (let round = 0; demand.some((unit) => unit.count > round); round += 1) {
    for (const unit of demand) {
      if (round >= unit.count) continue;
      list.push({
        unitId: unit.value,
        name: `${unit.label}, työntekijä ${round + 1}`,
        email: `live-staff-${unit.key}-${round + 1}@demo.tarina.invalid`,
      });
    }
  }
  return list;
}

/** Registrations spread over the hours before now, oldest first. */
function registeredAt(now: Date, index: number, count: number): Date {
  return new Date(now.getTime() - (count - index) * 5 * HOUR_MS);
}

/**
 * The live round's staff workshop (60 seats over the units by headcount, the
 * environment and planning unit's seats all taken, a third of the others') and
 * its residents' event (open registration, a few seats taken). Ids go to
 * `state.live.eventIds`.
 */
export async function seedLiveEvents(context: AppContext, actor: Actor, state: DemoState): Promise<void> {
  const live = liveState(state);
  const now = context.clock.now();
  const [staff, residents] = liveEvents(liveCalendar(now));
  if (!staff || !residents) throw new Error('the live demo has two events');
  const owner = { processId: live.processId, bodyIds: live.bodyIds };
  const staffId = await createDemoEvent(context, actor, owner, staff);
  const keyOf = new Map(Object.entries(state.unitIds ?? {}).map(([key, id]) => [id, key]));
  const options = (await listAttributeOptions(context.db, actor.organisationId, live.processId, 'unit')).filter(
    (option) => option.depth === 0,
  );
  const seats = splitByHeadcount(
    LIVE_STAFF_SEATS,
    options.map((option) => ({ key: option.value, headcount: option.headcount })),
  );
  const quotas = options.map((option) => ({ value: option.value, label: option.label, seats: seats.get(option.value) ?? 0 }));
  await updateRegistrationSettings(context.db, actor, staffId, { ...staff.settings, quotas }, new Date(staff.createdAt));
  const named = quotas.map((quota) => ({ ...quota, key: keyOf.get(quota.value) ?? quota.value, label: quota.label.fi }));
  const registrants = liveStaffRegistrants(named);
  for (const [index, registrant] of registrants.entries()) {
    const person = {
      ...registrant,
      userId: null,
      attributeValues: [registrant.unitId],
      locale: 'fi' as const,
      siteOrigin: DEMO_SITE,
      answers: {},
      invitationId: null,
    };
    await registerForEvent(context.db, actor.organisationId, staffId, person, registeredAt(now, index, registrants.length));
  }
  const residentsId = await createDemoEvent(context, actor, owner, residents);
  await updateRegistrationSettings(context.db, actor, residentsId, { ...residents.settings, quotas: [] }, new Date(residents.createdAt));
  const residentCount = 12;
  for (let index = 0; index < residentCount; index += 1) {
    const person = {
      name: `Raumalainen ${index + 1}`,
      email: `live-resident-${index + 1}@demo.tarina.invalid`,
      userId: null,
      attributeValues: [],
      locale: 'fi' as const,
      siteOrigin: DEMO_SITE,
      answers: {},
      invitationId: null,
    };
    await registerForEvent(context.db, actor.organisationId, residentsId, person, registeredAt(now, index, residentCount));
  }
  live.eventIds = { 'staff-workshop': staffId, 'residents-event': residentsId };
}
