import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { AccountLookups } from '../../../platform/module.ts';
import { listGrants } from '../../accounts/index.ts';

/**
 * The account an owner's e-mail names, if it holds a role for the unit: a role scoped to the unit
 * or one above it, or an organisation-wide manager's or admin's role. Anything else is refused at `field`.
 */
export async function resolveOwner(
  db: Db,
  lookups: AccountLookups,
  organisationId: string,
  email: string | null,
  unitPath: readonly string[],
  field: string,
): Promise<string | null> {
  if (!email) return null;
  const account = await lookups.findByEmail(db, organisationId, email);
  if (!account || account.deactivated) throw refuse.invalid({ [field]: { key: 'goals.validation.ownerUnknown' } });
  const grants = await listGrants(db, organisationId, account.id);
  const hasRole = grants.some(
    (grant) =>
      (grant.scopeType === 'unit' && unitPath.includes(grant.scopeId ?? '')) ||
      (grant.scopeType === 'organisation' && ['org_admin', 'process_manager', 'unit_manager'].includes(grant.role)),
  );
  if (!hasRole) throw refuse.invalid({ [field]: { key: 'goals.validation.ownerWithoutRole' } });
  return account.id;
}
