import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { hashSeatToken } from '../commands/seat-person.ts';
import { seatTokenSchema } from '../schemas.ts';
import { NAME_PUBLIC_BODY_KINDS, type SeatRole } from '../tables.ts';
import '../tables.ts';

/** What a seat invitation's link is worth now. */
export type SeatInvitationState = 'unknown' | 'used' | 'expired' | 'valid';

/** A seat invitation with the seat it offers. */
export interface SeatInvitation {
  id: string;
  memberId: string;
  email: string;
  positionTitle: LocalizedText;
  seatRole: SeatRole;
  bodyName: LocalizedText;
  processTitle: LocalizedText;
}

const text = (value: string) => parseJsonColumn<LocalizedText>(value, { fi: '' });

/**
 * The invitation a link's token names and its state: unknown (malformed, never made, another
 * organisation's, or voided because the seat was given to someone else), used, expired or valid.
 */
export async function findSeatInvitation(
  db: Db,
  organisationId: string,
  token: unknown,
  now: Date,
): Promise<{ state: SeatInvitationState; invitation?: SeatInvitation }> {
  const parsed = seatTokenSchema.safeParse(token);
  if (!parsed.success) return { state: 'unknown' };
  const row = await db
    .selectFrom('body_seat_invitations')
    .innerJoin('body_members', 'body_members.id', 'body_seat_invitations.member_id')
    .innerJoin('process_bodies', 'process_bodies.id', 'body_members.body_id')
    .innerJoin('processes', 'processes.id', 'process_bodies.process_id')
    .select([
      'body_seat_invitations.id',
      'body_seat_invitations.member_id',
      'body_seat_invitations.email',
      'body_seat_invitations.expires_at',
      'body_seat_invitations.used_at',
      'body_members.position_title',
      'body_members.seat_role',
      'process_bodies.name as body_name',
      'processes.title as process_title',
    ])
    .$call(inOrganisation(organisationId, 'body_seat_invitations'))
    .where('body_seat_invitations.id', '=', hashSeatToken(parsed.data))
    .executeTakeFirst();
  if (!row) return { state: 'unknown' };
  const invitation: SeatInvitation = {
    id: row.id,
    memberId: row.member_id,
    email: row.email,
    positionTitle: text(row.position_title),
    seatRole: row.seat_role,
    bodyName: text(row.body_name),
    processTitle: text(row.process_title),
  };
  if (row.used_at !== null) return { state: 'used', invitation };
  if (row.expires_at <= now.toISOString()) return { state: 'expired', invitation };
  return { state: 'valid', invitation };
}

/** A seat the person holds, as their own page lists it. */
export interface OwnSeat {
  id: string;
  positionTitle: LocalizedText;
  seatRole: SeatRole;
  bodyName: LocalizedText;
  processTitle: LocalizedText;
  /** The seat's name is public by law (council, board): consent does not change it. */
  publicByLaw: boolean;
  namePublicConsent: boolean;
}

/** The seats linked to a person's account, in one query. */
export async function listOwnSeats(db: Db, organisationId: string, userId: string): Promise<OwnSeat[]> {
  const rows = await db
    .selectFrom('body_members')
    .innerJoin('process_bodies', 'process_bodies.id', 'body_members.body_id')
    .innerJoin('processes', 'processes.id', 'process_bodies.process_id')
    .select([
      'body_members.id',
      'body_members.position_title',
      'body_members.seat_role',
      'body_members.name_public_consent',
      'process_bodies.kind',
      'process_bodies.name as body_name',
      'processes.title as process_title',
    ])
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('body_members.user_id', '=', userId)
    .orderBy('processes.created_at')
    .orderBy('process_bodies.position')
    .orderBy('body_members.position')
    .orderBy('body_members.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    positionTitle: text(row.position_title),
    seatRole: row.seat_role,
    bodyName: text(row.body_name),
    processTitle: text(row.process_title),
    publicByLaw: NAME_PUBLIC_BODY_KINDS.includes(row.kind),
    namePublicConsent: row.name_public_consent === 1,
  }));
}
