import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { ACCOUNT_LIMITS, type RoleGrantInput } from '../schemas.ts';
import { changeUserRoles } from './change-user-roles.ts';

/** Adds one grant to a user; granting one the user already holds changes nothing. */
export function grantRole(db: Db, actor: Actor, userId: string, grant: RoleGrantInput, now: Date): Promise<void> {
  return changeUserRoles(
    db,
    actor,
    userId,
    (current) => {
      if (current.length >= ACCOUNT_LIMITS.grantsPerUser)
        throw refuse.conflict('accounts.roles.tooMany', { max: ACCOUNT_LIMITS.grantsPerUser });
      return [...current, grant];
    },
    now,
  );
}
