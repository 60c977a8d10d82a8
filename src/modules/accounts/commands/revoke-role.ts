import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { changeUserRoles } from './change-user-roles.ts';

/** Removes one of a user's grants by its id; a grant of anyone else answers 404. */
export function revokeRole(db: Db, actor: Actor, userId: string, grantId: string, now: Date): Promise<void> {
  return changeUserRoles(
    db,
    actor,
    userId,
    (current) => {
      if (!current.some((grant) => grant.id === grantId)) throw refuse.notFound();
      return current.filter((grant) => grant.id !== grantId);
    },
    now,
  );
}
