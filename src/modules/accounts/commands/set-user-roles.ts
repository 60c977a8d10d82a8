import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { RoleGrantInput } from '../schemas.ts';
import { changeUserRoles } from './change-user-roles.ts';

/** Replaces all of a user's grants with the given set (the API's PUT). */
export function setUserRoles(db: Db, actor: Actor, userId: string, grants: RoleGrantInput[], now: Date): Promise<void> {
  return changeUserRoles(db, actor, userId, () => grants, now);
}
