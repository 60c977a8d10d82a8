import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** An invitation as the organiser sees it. */
export interface InvitationItem {
  id: string;
  email: string;
  bodyId: string | null;
  registered: boolean;
}

/** An event's invitations, by e-mail (one query). */
export async function listInvitations(db: Db, organisationId: string, eventId: string): Promise<InvitationItem[]> {
  const rows = await db
    .selectFrom('event_invitations')
    .select(['id', 'email', 'body_id', 'registration_id'])
    .$call(inOrganisation(organisationId, 'event_invitations'))
    .where('event_id', '=', eventId)
    .orderBy('email')
    .execute();
  return rows.map((row) => ({ id: row.id, email: row.email, bodyId: row.body_id, registered: row.registration_id !== null }));
}
