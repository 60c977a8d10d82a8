import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { AccountLookups, AppContext } from '../../../platform/module.ts';
import { listGrants } from '../../accounts/index.ts';
import { unitPathOf } from './unit-path.ts';

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

type OwnerContext = Pick<AppContext, 'db' | 'accountLookups'>;

/** An indicator's input with its reporter resolved (an account with a role for the objective's unit). */
export async function withIndicatorOwner<Input extends { ownerEmail: string | null }>(
  context: OwnerContext,
  organisationId: string,
  unitPath: readonly string[],
  input: Input,
): Promise<Omit<Input, 'ownerEmail'> & { ownerUserId: string | null }> {
  const { ownerEmail, ...rest } = input;
  const ownerUserId = await resolveOwner(context.db, context.accountLookups, organisationId, ownerEmail, unitPath, 'ownerEmail');
  return { ...rest, ownerUserId };
}

/**
 * The unit an objective form chose, checked for the actor, and its owner. The rule
 * `goals.objective.manage` is asked about the chosen unit: an unknown one or one the actor does not
 * manage is that field's error (422), so the form says which choice is wrong.
 */
export async function resolveObjectiveUnit(
  context: OwnerContext & Pick<AppContext, 'authorizer'>,
  actor: Actor,
  processId: string,
  input: { unitId: string; ownerEmail: string | null },
): Promise<{ ownerUserId: string | null }> {
  const unitPath = await unitPathOf(context.db, actor.organisationId, input.unitId);
  if (unitPath.length === 0) throw refuse.invalid({ unitId: { key: 'goals.validation.unitUnknown' } });
  if (!context.authorizer.can(actor, 'goals.objective.manage', { processId, unitPath }))
    throw refuse.invalid({ unitId: { key: 'goals.validation.unitNotManaged' } });
  return {
    ownerUserId: await resolveOwner(context.db, context.accountLookups, actor.organisationId, input.ownerEmail, unitPath, 'ownerEmail'),
  };
}
