import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';

/** Whether a signed-in actor is a member of one of the session's bodies, or staff of one of its units (or their work communities). */
export async function isInAudience(db: Db, actor: Actor, workshop: Workshop): Promise<boolean> {
  if (!actor.userId || workshop.access === 'code' || workshop.audienceIds.length === 0) return false;
  if (workshop.access === 'bodies') {
    const member = await db
      .selectFrom('body_members')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('user_id', '=', actor.userId)
      .where('body_id', 'in', workshop.audienceIds)
      .limit(1)
      .executeTakeFirst();
    return member !== undefined;
  }
  const user = await db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .select(['users.unit_id', 'units.parent_id'])
    .$call(inOrganisation(actor.organisationId, 'users'))
    .where('users.id', '=', actor.userId)
    .executeTakeFirst();
  return [user?.unit_id, user?.parent_id].some((id) => id && workshop.audienceIds.includes(id));
}
