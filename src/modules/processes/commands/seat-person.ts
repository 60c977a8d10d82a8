import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { AccountLookups } from '../../../platform/module.ts';
import '../tables.ts';

/** How long a seat invitation's link works. */
export const SEAT_INVITATION_VALID_DAYS = 14;

/** Who is to sit in a seat: an account by id, an account or an invitation by e-mail, or nobody. */
export interface SeatPersonInput {
  personUserId: string | null;
  personEmail: string | null;
}

/** A seat invitation to mail once the change is committed: the link's token exists only here. */
export interface SeatInvitationToSend {
  memberId: string;
  email: string;
  token: string;
  locale: string;
  expiresAt: string;
}

/** What a seat holds now, as the command found it. */
interface SeatNow {
  user_id: string | null;
  invited_email: string | null;
}

/** The SHA-256 kept for a seat invitation's token (the row's id). */
export function hashSeatToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function dropInvitations(trx: Db, organisationId: string, memberId: string): Promise<void> {
  await trx
    .deleteFrom('body_seat_invitations')
    .$call(inOrganisation(organisationId, 'body_seat_invitations'))
    .where('member_id', '=', memberId)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * A new single-use invitation to the seat for the address (inside the caller's transaction):
 * every unused link of the seat is void from now, and only the new token's SHA-256 is kept.
 */
export async function issueSeatInvitation(
  trx: Db,
  organisationId: string,
  memberId: string,
  email: string,
  locale: string,
  now: Date,
): Promise<SeatInvitationToSend> {
  await dropInvitations(trx, organisationId, memberId);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SEAT_INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000).toISOString();
  await trx
    .insertInto('body_seat_invitations')
    .values({
      id: hashSeatToken(token),
      organisation_id: organisationId,
      member_id: memberId,
      email,
      locale,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { memberId, email, token, locale, expiresAt };
}

async function linkAccount(trx: Db, organisationId: string, memberId: string, seat: SeatNow, userId: string): Promise<void> {
  if (seat.user_id === userId) return;
  await trx
    .updateTable('body_members')
    .set({ user_id: userId, invited_email: null, name_public_consent: 0 })
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('id', '=', memberId)
    .execute();
  await dropInvitations(trx, organisationId, memberId);
}

/**
 * Puts a person in a seat (inside the caller's transaction): an account of the organisation by
 * id (an unknown or foreign one is refused at `personUserId`), or by e-mail, linked at once when
 * the organisation has an account with it, else invited by mail (a new single-use link, the old
 * ones void); neither empties the seat. A new person starts without consent to show their name.
 * Answers the "person" the audit names (never the address) and the invitation to mail, if any.
 */
export async function setSeatPerson(
  trx: Db,
  organisationId: string,
  memberId: string,
  seat: SeatNow,
  input: SeatPersonInput,
  options: { accounts: AccountLookups; locale: string; now: Date },
): Promise<{ person: 'account' | 'invited' | 'vacant'; invitation: SeatInvitationToSend | null }> {
  if (input.personUserId) {
    const account = await options.accounts.findById(trx, organisationId, input.personUserId);
    if (!account) throw refuse.invalid({ personUserId: { key: 'processes.admin.member.unknownUser' } });
    await linkAccount(trx, organisationId, memberId, seat, account.id);
    return { person: 'account', invitation: null };
  }
  if (input.personEmail) {
    const account = await options.accounts.findByEmail(trx, organisationId, input.personEmail);
    if (account) {
      await linkAccount(trx, organisationId, memberId, seat, account.id);
      return { person: 'account', invitation: null };
    }
    if (seat.user_id === null && seat.invited_email === input.personEmail) return { person: 'invited', invitation: null };
    await trx
      .updateTable('body_members')
      .set({ user_id: null, invited_email: input.personEmail, name_public_consent: 0 })
      .$call(inOrganisation(organisationId, 'body_members'))
      .where('id', '=', memberId)
      .execute();
    const invitation = await issueSeatInvitation(trx, organisationId, memberId, input.personEmail, options.locale, options.now);
    return { person: 'invited', invitation };
  }
  if (seat.user_id !== null || seat.invited_email !== null) {
    await trx
      .updateTable('body_members')
      .set({ user_id: null, invited_email: null, name_public_consent: 0 })
      .$call(inOrganisation(organisationId, 'body_members'))
      .where('id', '=', memberId)
      .execute();
    await dropInvitations(trx, organisationId, memberId);
  }
  return { person: 'vacant', invitation: null };
}
