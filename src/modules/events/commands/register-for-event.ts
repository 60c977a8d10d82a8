import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { inGroupCommit } from '../../../platform/db/group-commit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { sharedRead } from '../../../platform/db/shared-read.ts';
import { Refusal, refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { placeSeat, take } from '../allocation.ts';
import { hashLinkToken, linkToken } from '../links.ts';
import { closedReason } from '../registration-window.ts';
import type { EventsTable, RegistrationStatus, SeatPool } from '../tables.ts';
import { type LockedSeats, lockSeatsForRegistration, type Trx } from './seat-lock.ts';

/** Who registers, as the route has established it. */
export interface Registrant {
  name: string;
  email: string;
  userId: string | null;
  /** The registrant's unit or sector, then the units above it: the first one with a quota decides. */
  attributeValues: string[];
  locale: Locale;
  siteOrigin: string;
  answers: Record<string, string>;
  invitationId: string | null;
  /** The browser's pseudonym in the event, when registering without an account from a browser (not by an organiser). */
  browserKey?: string | null;
}

/** The organiser who adds someone, and why (for the audit log). */
export interface OrganiserAction {
  actor: Actor;
  reason: string;
  ip: string | null;
}

/** What a registration came to. */
export interface RegistrationOutcome {
  registrationId: string;
  status: Exclude<RegistrationStatus, 'cancelled'>;
  pool: SeatPool | null;
  /** The personal link's token (cancel, see one's status). */
  token: string;
  /** Its number in registration order, and its quota (for the waitlist position). */
  seq: number;
  quotaId: string | null;
  /** Others promoted in the same transaction (the release date had come). */
  promoted: string[];
}

/** The event's extra questions. */
function listQuestions(db: Db, organisationId: string, eventId: string) {
  return db
    .selectFrom('event_questions')
    .select(['id', 'required'])
    .$call(inOrganisation(organisationId, 'event_questions'))
    .where('event_id', '=', eventId)
    .execute();
}

/** The same, outside the transaction: registrations that arrive together read them once (`sharedRead`). */
function listQuestionsShared(db: Db, organisationId: string, eventId: string) {
  return sharedRead(db, `events.questions:${organisationId}:${eventId}`, () => listQuestions(db, organisationId, eventId));
}

/**
 * Checks answers to the extra questions: required ones answered, no unknown
 * questions. Read again inside the transaction only when there are answers to
 * store, so a question removed meanwhile is a field error, not a broken row.
 */
async function checkAnswers(
  db: Db,
  organisationId: string,
  eventId: string,
  answers: Record<string, string>,
  read: typeof listQuestions = listQuestions,
) {
  const questions = await read(db, organisationId, eventId);
  const errors: FieldErrors = {};
  for (const question of questions) {
    if (question.required === 1 && !answers[question.id]?.trim())
      errors[`answers.${question.id}`] = { key: 'platform.validation.required' };
  }
  for (const id of Object.keys(answers)) {
    if (!questions.some((question) => question.id === id)) errors[`answers.${id}`] = { key: 'events.validation.unknownQuestion' };
  }
  if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
  return Object.entries(answers).filter(([, value]) => value.trim() !== '');
}

async function claimInvitation(trx: Trx, invitationId: string, registrationId: string): Promise<void> {
  const result = await trx
    .updateTable('event_invitations')
    .set({ registration_id: registrationId })
    .where('id', '=', invitationId)
    .where('registration_id', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw refuse.conflict('events.invitation.used');
}

async function insertRegistration(trx: Trx, seats: LockedSeats, registrant: Registrant, ids: { id: string; linkHash: string }, now: Date) {
  const { event, quotas } = seats;
  const quota = registrant.attributeValues.map((value) => quotas.find((entry) => entry.attributeValue === value)).find(Boolean);
  const pool = placeSeat(seats.plan, seats.counts, quota?.id ?? null);
  const given = Object.values(registrant.answers).some((value) => value.trim() !== '');
  const answers = given ? await checkAnswers(trx, event.organisation_id, event.id, registrant.answers) : [];
  const at = now.toISOString();
  await trx
    .insertInto('event_registrations')
    .values({
      id: ids.id,
      organisation_id: event.organisation_id,
      event_id: event.id,
      seq: event.registration_seq,
      status: pool ? 'confirmed' : 'waitlisted',
      pool,
      quota_id: quota?.id ?? null,
      attribute_value: registrant.attributeValues[0] ?? null,
      user_id: registrant.userId,
      name: registrant.name,
      email: registrant.email,
      locale: registrant.locale,
      link_hash: ids.linkHash,
      invitation_id: registrant.invitationId,
      browser_key: registrant.browserKey ?? null,
      site_origin: registrant.siteOrigin,
      checked_in_at: null,
      reminder_claim: null,
      reminded_at: null,
      cancelled_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  if (answers.length > 0) {
    const rows = answers.map(([questionId, value]) => ({
      id: newId(),
      organisation_id: event.organisation_id,
      event_id: event.id,
      registration_id: ids.id,
      question_id: questionId,
      value,
    }));
    await trx.insertInto('event_answers').values(rows).execute();
  }
  return { pool, quotaId: quota?.id ?? null };
}

function windowOf(event: EventsTable) {
  return {
    registrationMode: event.registration_mode,
    status: event.status,
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    registrationDeadline: event.registration_deadline,
  };
}

async function recordAddition(
  trx: Trx,
  organiser: OrganiserAction,
  added: { organisationId: string; eventId: string; registrationId: string; confirmed: boolean },
  now: Date,
) {
  const details = { eventId: added.eventId, reason: organiser.reason, status: added.confirmed ? 'confirmed' : 'waitlisted' };
  const entry = {
    organisationId: added.organisationId,
    actorUserId: organiser.actor.userId,
    action: 'events.registration.add',
    subjectType: 'event_registration',
    subjectId: added.registrationId,
    details,
    ip: organiser.ip,
  };
  await recordAudit(trx, entry, now);
}

/** The error code (and problem type `urn:tarina:problem:already-registered`) of a second registration of the same person. */
export const ALREADY_REGISTERED = 'already-registered';

/**
 * Registers one person in ONE transaction that first locks the event's
 * seats: the open-check, the seat decision and the insert all see the same
 * state, so concurrent requests cannot overbook. The transaction is shared
 * with the event's other registrations that arrive meanwhile (group commit,
 * `group-commit.ts`); this one's part runs in its own savepoint. The partial unique indexes
 * on (event, e-mail) and (event, account) allow one active registration per
 * person; a violation rolls everything back and answers 409, never 500.
 */
export async function registerForEvent(
  db: Db,
  organisationId: string,
  eventId: string,
  registrant: Registrant,
  now: Date,
  organiser?: OrganiserAction,
): Promise<RegistrationOutcome> {
  const id = newId();
  const token = await linkToken(db, 'registration', id, now);
  await checkAnswers(db, organisationId, eventId, registrant.answers, listQuestionsShared);
  try {
    return await inGroupCommit(db, `${organisationId}:${eventId}`, async (trx) => {
      const seats = await lockSeatsForRegistration(trx, organisationId, eventId, now);
      if (!seats) throw refuse.notFound();
      const { event } = seats;
      const closed = closedReason(windowOf(event), now, organiser !== undefined);
      if (closed) throw refuse.conflict(closed);
      const { pool, quotaId } = await insertRegistration(trx, seats, registrant, { id, linkHash: hashLinkToken(token) }, now);
      if (registrant.invitationId) await claimInvitation(trx, registrant.invitationId, id);
      if (organiser) await recordAddition(trx, organiser, { organisationId, eventId, registrationId: id, confirmed: pool !== null }, now);
      // The batch's next registration decides on these seats without reading them again.
      if (pool) take(seats.counts, { quotaId, pool });
      const status = pool ? ('confirmed' as const) : ('waitlisted' as const);
      return { registrationId: id, status, pool, token, seq: event.registration_seq, quotaId, promoted: seats.promoted };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Refusal('conflict', 'events.register.duplicate', {}, {}, ALREADY_REGISTERED);
    throw error;
  }
}
