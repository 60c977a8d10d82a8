import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { countSeats, type PlanConflict, planConflict, type SeatPlan } from '../allocation.ts';
import { isReleased } from '../queries/seat-state.ts';
import type { QuotaAttribute, RegistrationMode } from '../tables.ts';
import { type LockedSeats, lockSeats, settleWaitlist, type Trx } from './seat-lock.ts';

/** A quota as the settings will hold it, seats already decided (explicit or split by headcount). */
export interface QuotaSetting {
  value: string;
  label: LocalizedText;
  seats: number;
}

/** A question as the settings will hold it; an id keeps an existing question and its answers. */
export interface QuestionSetting {
  id: string | null;
  label: LocalizedText;
  required: boolean;
}

/** Registration settings with times already turned into UTC instants. */
export interface RegistrationSettings {
  registrationMode: RegistrationMode;
  capacity: number | null;
  quotaAttribute: QuotaAttribute;
  quotas: QuotaSetting[];
  registrationDeadline: string | null;
  quotaReleaseAt: string | null;
  answersRetentionDays: number;
  questions: QuestionSetting[];
}

const CONFLICT_FIELDS: Record<PlanConflict, string> = {
  capacityBelowConfirmed: 'capacity',
  quotaBelowConfirmed: 'quotas',
  quotasOverCapacity: 'quotas',
  openSeatsTaken: 'quotas',
};

const CONFLICT_KEYS: Record<PlanConflict, string> = {
  capacityBelowConfirmed: 'events.settings.capacityBelowConfirmed',
  quotaBelowConfirmed: 'events.settings.quotaBelowConfirmed',
  quotasOverCapacity: 'events.settings.quotasOverCapacity',
  openSeatsTaken: 'events.settings.openSeatsTaken',
};

/** The new quotas with ids (an existing quota of the same unit or sector keeps its id). */
function quotaRows(seats: LockedSeats, settings: RegistrationSettings) {
  const wanted = settings.quotaAttribute === 'none' ? [] : settings.quotas;
  return wanted.map((quota, position) => ({
    id: seats.quotas.find((existing) => existing.attributeValue === quota.value)?.id ?? newId(),
    ...quota,
    position,
  }));
}

/** Seats of dropped quotas become open seats: nobody loses a seat to a settings change. */
async function openDroppedQuotas(trx: Trx, seats: LockedSeats, keptIds: Set<string>, now: Date): Promise<void> {
  const dropped = seats.quotas.filter((quota) => !keptIds.has(quota.id)).map((quota) => quota.id);
  if (dropped.length === 0) return;
  await trx
    .updateTable('event_registrations')
    .set({ pool: 'open', updated_at: now.toISOString() })
    .where('event_id', '=', seats.event.id)
    .where('quota_id', 'in', dropped)
    .where('status', '=', 'confirmed')
    .execute();
  await trx
    .updateTable('event_registrations')
    .set({ quota_id: null })
    .where('event_id', '=', seats.event.id)
    .where('quota_id', 'in', dropped)
    .execute();
  await trx.deleteFrom('event_quotas').where('event_id', '=', seats.event.id).where('id', 'in', dropped).execute();
}

async function saveQuotas(trx: Trx, seats: LockedSeats, rows: ReturnType<typeof quotaRows>): Promise<void> {
  const { event } = seats;
  for (const row of rows) {
    const values = { label: JSON.stringify(row.label), seats: row.seats, position: row.position };
    if (seats.quotas.some((quota) => quota.id === row.id)) {
      await trx.updateTable('event_quotas').set(values).where('id', '=', row.id).execute();
    } else {
      await trx
        .insertInto('event_quotas')
        .values({ id: row.id, organisation_id: event.organisation_id, event_id: event.id, attribute_value: row.value, ...values })
        .execute();
    }
  }
}

async function saveQuestions(trx: Trx, seats: LockedSeats, questions: QuestionSetting[]): Promise<void> {
  const { event } = seats;
  const existing = await trx
    .selectFrom('event_questions')
    .select('id')
    .$call(inOrganisation(event.organisation_id, 'event_questions'))
    .where('event_id', '=', event.id)
    .execute();
  const kept = questions.filter((question) => question.label.fi.trim() !== '');
  const keptIds = new Set(kept.map((question) => question.id).filter((id) => existing.some((row) => row.id === id)));
  const removed = existing.filter((row) => !keptIds.has(row.id)).map((row) => row.id);
  if (removed.length > 0) await trx.deleteFrom('event_questions').where('event_id', '=', event.id).where('id', 'in', removed).execute();
  for (const [position, question] of kept.entries()) {
    const values = { label: JSON.stringify(question.label), required: question.required ? 1 : 0, position };
    if (question.id && keptIds.has(question.id)) {
      await trx.updateTable('event_questions').set(values).where('id', '=', question.id).execute();
    } else {
      await trx
        .insertInto('event_questions')
        .values({ id: newId(), organisation_id: event.organisation_id, event_id: event.id, ...values })
        .execute();
    }
  }
}

async function saveEventSettings(trx: Trx, seats: LockedSeats, settings: RegistrationSettings, released: boolean, now: Date) {
  // A new release date starts over: released now if it has already come, else not yet.
  const releaseChanged = settings.quotaReleaseAt !== seats.event.quota_release_at;
  await trx
    .updateTable('events')
    .set({
      registration_mode: settings.registrationMode,
      capacity: settings.capacity,
      quota_attribute: settings.quotaAttribute,
      registration_deadline: settings.registrationDeadline,
      quota_release_at: settings.quotaReleaseAt,
      quotas_released_at: releaseChanged ? (released ? now.toISOString() : null) : seats.event.quotas_released_at,
      answers_retention_days: settings.answersRetentionDays,
      updated_at: now.toISOString(),
    })
    .where('id', '=', seats.event.id)
    .execute();
}

async function checkedPlan(trx: Trx, seats: LockedSeats, settings: RegistrationSettings, rows: ReturnType<typeof quotaRows>, now: Date) {
  const confirmed = await trx
    .selectFrom('event_registrations')
    .select(['quota_id', 'pool'])
    .$call(inOrganisation(seats.event.organisation_id, 'event_registrations'))
    .where('event_id', '=', seats.event.id)
    .where('status', '=', 'confirmed')
    .execute();
  const keptIds = new Set(rows.map((row) => row.id));
  const counts = countSeats(
    confirmed.map((row) =>
      row.quota_id && keptIds.has(row.quota_id) && row.pool === 'quota'
        ? { quotaId: row.quota_id, pool: 'quota' as const }
        : { quotaId: null, pool: 'open' as const },
    ),
  );
  const plan: SeatPlan = {
    capacity: settings.capacity,
    quotas: new Map(rows.map((row) => [row.id, row.seats])),
    released: isReleased(settings.quotaReleaseAt, now),
  };
  const conflict = planConflict(plan, counts);
  if (conflict) {
    const errors: FieldErrors = { [CONFLICT_FIELDS[conflict]]: { key: CONFLICT_KEYS[conflict], values: { confirmed: counts.total } } };
    throw refuse.invalid(errors);
  }
  return { plan, counts, keptIds };
}

/**
 * Saves how registration works for an event: mode, capacity, quotas,
 * deadline, release date and extra questions. Refused (422) when the new
 * seats cannot hold the registrations already confirmed; seats that open up
 * go to the waitlist at once, in registration order.
 */
export async function updateRegistrationSettings(
  db: Db,
  actor: Actor,
  eventId: string,
  settings: RegistrationSettings,
  now: Date,
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const seats = await lockSeats(trx, actor.organisationId, eventId, now);
    if (!seats) throw refuse.notFound();
    const rows = quotaRows(seats, settings);
    const { plan, counts, keptIds } = await checkedPlan(trx, seats, settings, rows, now);
    await openDroppedQuotas(trx, seats, keptIds, now);
    await saveQuotas(trx, seats, rows);
    await saveQuestions(trx, seats, settings.questions);
    await saveEventSettings(trx, seats, settings, plan.released, now);
    const promoted = [...seats.promoted, ...(await settleWaitlist(trx, { ...seats, plan, counts }, now))];
    const details = {
      mode: settings.registrationMode,
      capacity: settings.capacity,
      quotas: rows.map((row) => ({ value: row.value, seats: row.seats })),
    };
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'events.event.registrationSettings',
        subjectType: 'event',
        subjectId: eventId,
        details,
      },
      now,
    );
    return promoted;
  });
}
