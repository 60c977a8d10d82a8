import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { bumpPageVersion } from '../../platform/http/page-cache.ts';
import type { AppContext } from '../../platform/module.ts';
import type { PersonalDataSubject } from '../../platform/personal-data.ts';
import './tables.ts';

/** The people of some bodies' seats, for other modules' invitations: linked accounts and e-mails invited and not yet accepted. */
export interface BodyMemberPeople {
  userIds: string[];
  invitedEmails: string[];
}

/** The accounts linked to seats of these bodies (each once); vacant and invited seats have none. */
export async function listBodyMemberAccounts(
  context: Pick<AppContext, 'db'>,
  organisationId: string,
  bodyIds: readonly string[],
): Promise<string[]> {
  return (await listBodyMemberPeople(context, organisationId, bodyIds)).userIds;
}

/**
 * Everyone a body's seats hold, in one query: the linked accounts (to be mailed at their
 * account's address, looked up in accounts) and the e-mails invited to a seat not yet accepted.
 */
export async function listBodyMemberPeople(
  context: Pick<AppContext, 'db'>,
  organisationId: string,
  bodyIds: readonly string[],
): Promise<BodyMemberPeople> {
  if (bodyIds.length === 0) return { userIds: [], invitedEmails: [] };
  const rows = await context.db
    .selectFrom('body_members')
    .select(['user_id', 'invited_email'])
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('body_id', 'in', [...bodyIds])
    .where((eb) => eb.or([eb('user_id', 'is not', null), eb('invited_email', 'is not', null)]))
    .execute();
  const userIds = new Set<string>();
  const invitedEmails = new Set<string>();
  for (const row of rows) {
    if (row.user_id) userIds.add(row.user_id);
    else if (row.invited_email) invitedEmails.add(row.invited_email);
  }
  return { userIds: [...userIds].sort(), invitedEmails: [...invitedEmails].sort() };
}

/** A person's seats for "download my data": where they sit and whether they let their name show. */
export async function exportProcessesPersonalData(context: AppContext, subject: PersonalDataSubject): Promise<unknown> {
  const rows = await context.db
    .selectFrom('body_members')
    .innerJoin('process_bodies', 'process_bodies.id', 'body_members.body_id')
    .select([
      'body_members.id',
      'body_members.position_title',
      'body_members.seat_role',
      'body_members.name_public_consent',
      'process_bodies.name',
    ])
    .$call(inOrganisation(subject.organisationId, 'body_members'))
    .where('body_members.user_id', '=', subject.userId)
    .orderBy('body_members.id')
    .execute();
  return {
    seats: rows.map((row) => ({
      id: row.id,
      body: JSON.parse(row.name) as unknown,
      positionTitle: JSON.parse(row.position_title) as unknown,
      seatRole: row.seat_role,
      namePublicConsent: row.name_public_consent === 1,
    })),
  };
}

/**
 * Erases a deleted account from the seats (inside the deletion's transaction): the seats stay
 * as positions, emptied of the person, their consent and any invitation to their address.
 */
export async function eraseProcessesPersonalData(trx: Db, subject: PersonalDataSubject & { email: string }): Promise<void> {
  const email = subject.email.toLowerCase();
  await trx
    .updateTable('body_members')
    .set({ user_id: null, name_public_consent: 0 })
    .$call(inOrganisation(subject.organisationId, 'body_members'))
    .where('user_id', '=', subject.userId)
    .execute();
  await trx
    .updateTable('body_members')
    .set({ invited_email: null })
    .$call(inOrganisation(subject.organisationId, 'body_members'))
    .where('invited_email', '=', email)
    .execute();
  await trx
    .deleteFrom('body_seat_invitations')
    .$call(inOrganisation(subject.organisationId, 'body_seat_invitations'))
    .where('email', '=', email)
    .execute();
  // The organisation chart may have shown their name.
  await bumpPageVersion(trx, subject.organisationId);
}
