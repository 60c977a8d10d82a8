import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/**
 * The active (confirmed or waitlisted) registration of an event that holds this
 * e-mail address or, when given, this account: the one a second registration
 * of the same person ran into.
 */
export async function findActiveRegistration(
  db: Db,
  organisationId: string,
  eventId: string,
  person: { email: string; userId: string | null },
) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('event_id', '=', eventId)
    .where('status', '<>', 'cancelled')
    .where((where) =>
      person.userId === null
        ? where('email', '=', person.email)
        : where.or([where('email', '=', person.email), where('user_id', '=', person.userId)]),
    )
    .orderBy('seq')
    .executeTakeFirst();
}
