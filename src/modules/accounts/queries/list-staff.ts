import type { Actor, Authorizer, Role } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { listUsers, type UserSummary } from './list-users.ts';
import { listDirectoryUnits } from './staff-directory.ts';

/** Which people of the directory to list: a unit (with everything beneath it), a role, whether they are active; a page. */
export interface StaffFilter {
  unitId?: string | undefined;
  role?: Role | undefined;
  status: 'active' | 'deactivated' | 'all';
  after?: string | undefined;
  limit: number;
}

/**
 * A page of the staff directory as the actor may read it (`accounts.staff.read`),
 * in e-mail order. With a unit: the people placed in it or anywhere beneath it; a
 * unit outside the actor's own, unknown or another organisation's is not found.
 * Without one: an admin reads everyone, placed or not; a unit manager the people
 * placed in the units they cover.
 */
export async function listStaff(
  db: Db,
  authorizer: Authorizer,
  actor: Actor,
  filter: StaffFilter,
): Promise<{ items: UserSummary[]; nextCursor: string | null }> {
  const units = await listDirectoryUnits(db, authorizer, actor);
  let unitIds: string[] | undefined;
  if (filter.unitId) {
    const chosen = units.find((unit) => unit.id === filter.unitId);
    if (!chosen) throw refuse.notFound();
    unitIds = chosen.subtree;
  } else if (!authorizer.can(actor, 'accounts.users.manage')) {
    unitIds = units.map((unit) => unit.id);
  }
  const page = await listUsers(db, actor.organisationId, {
    search: '',
    after: filter.after,
    limit: filter.limit,
    unitIds,
    role: filter.role,
    activeOnly: filter.status === 'active',
    deactivatedOnly: filter.status === 'deactivated',
  });
  return { items: page.items, nextCursor: page.nextCursor };
}
