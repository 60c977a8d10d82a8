import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor, Role } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { listUserGrants } from '../queries/list-user-grants.ts';
import type { RoleGrantInput } from '../schemas.ts';
import type { ProviderPerson } from '../single-sign-on/claims.ts';
import { hasAnotherAdmin, lockAdmins } from './admin-guard.ts';
import { applyGrantDifference } from './change-user-roles.ts';
import { placeUsersIn } from './place-user.ts';
import '../tables.ts';

/** The outcome of a provider's sign-in: the person (made now or known), or refused as having left. */
export type ProviderSignInOutcome = { ok: true; userId: string; created: boolean } | { ok: false; reason: 'deactivated' };

/** The person a provider's subject is linked to, else the organisation's person with that e-mail (linked now), else none. */
async function findPerson(trx: Db, organisationId: string, person: ProviderPerson) {
  const linked = await trx
    .selectFrom('account_identity_links')
    .innerJoin('users', 'users.id', 'account_identity_links.user_id')
    .select(['users.id', 'users.deactivated_at', 'account_identity_links.id as linkId'])
    .$call(inOrganisation(organisationId, 'account_identity_links'))
    .where('account_identity_links.issuer', '=', person.issuer)
    .where('account_identity_links.subject', '=', person.subject)
    .executeTakeFirst();
  if (linked) return linked;
  const byEmail = await trx
    .selectFrom('users')
    .select(['id', 'deactivated_at'])
    .$call(inOrganisation(organisationId, 'users'))
    .where('email', '=', person.email)
    .executeTakeFirst();
  return byEmail ? { ...byEmail, linkId: null } : undefined;
}

/** The grants the claims want: the managed roles as the claim gives them (a unit manager for the placement's unit), the rest kept. */
async function wantedGrants(trx: Db, organisationId: string, userId: string, person: ProviderPerson, unitId: string | null) {
  const current = await listUserGrants(trx, organisationId, userId);
  const managed = (role: Role) => person.managedRoles.includes(role);
  const kept: RoleGrantInput[] = current
    .filter(
      (grant) => !managed(grant.role) || (grant.role === 'unit_manager' ? grant.scopeType !== 'unit' : grant.scopeType !== 'organisation'),
    )
    .map(({ role, scopeType, scopeId }) => ({ role, scopeType, scopeId }));
  const given: RoleGrantInput[] = person.roles.flatMap((role): RoleGrantInput[] => {
    if (role !== 'unit_manager') return [{ role, scopeType: 'organisation', scopeId: '' }];
    return unitId ? [{ role, scopeType: 'unit', scopeId: unitId }] : [];
  });
  // The last active admin keeps the role whatever the claim says: an organisation is never left without one.
  const losesAdmin = managed('org_admin') && !person.roles.includes('org_admin');
  const adminGrant = current.find((grant) => grant.role === 'org_admin' && grant.scopeType === 'organisation');
  if (losesAdmin && adminGrant && !(await hasAnotherAdmin(trx, organisationId, userId))) {
    given.push({ role: 'org_admin', scopeType: 'organisation', scopeId: '' });
  }
  return { current, wanted: [...kept, ...given] };
}

async function createPerson(trx: Db, organisationId: string, person: ProviderPerson, locale: string, now: Date): Promise<string> {
  const id = newId();
  await trx
    .insertInto('users')
    .values({
      id,
      organisation_id: organisationId,
      email: person.email,
      password_hash: null,
      display_name: person.displayName,
      locale,
      unit_id: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      last_sign_in_at: null,
    })
    .execute();
  const details = { issuer: person.issuer };
  await recordAudit(
    trx,
    { organisationId, actorUserId: id, action: AUDIT_ACTIONS.singleSignOnUserCreate, subjectType: 'user', subjectId: id, details },
    now,
  );
  return id;
}

/** Keeps the name and e-mail the provider gives (an e-mail another person of the organisation has stays as it was). */
async function updateProfile(trx: Db, organisationId: string, userId: string, person: ProviderPerson, now: Date) {
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .$call(inOrganisation(organisationId, 'users'))
    .where('email', '=', person.email)
    .where('id', '<>', userId)
    .executeTakeFirst();
  await trx
    .updateTable('users')
    .set({
      display_name: person.displayName,
      ...(taken ? {} : { email: person.email }),
      updated_at: now.toISOString(),
      last_sign_in_at: now.toISOString(),
    })
    .$call(inOrganisation(organisationId, 'users'))
    .where('id', '=', userId)
    .execute();
}

async function linkPerson(trx: Db, organisationId: string, userId: string, person: ProviderPerson, linkId: string | null, now: Date) {
  if (linkId) {
    await trx.updateTable('account_identity_links').set({ last_sign_in_at: now.toISOString() }).where('id', '=', linkId).execute();
    return;
  }
  await trx
    .insertInto('account_identity_links')
    .values({
      id: newId(),
      organisation_id: organisationId,
      user_id: userId,
      issuer: person.issuer,
      subject: person.subject,
      created_at: now.toISOString(),
      last_sign_in_at: now.toISOString(),
    })
    .execute();
}

/**
 * A person a provider vouched for, in one transaction: found by the provider's subject (or, the
 * first time, by e-mail: a person the staff import made), or made; linked; their name, e-mail,
 * placement and the mapped roles set from the claims, each change audited with the system as the
 * actor. A deactivated person is refused and nothing changes. No session here: the route decides
 * whether a second factor is still due.
 */
export async function signInThroughProvider(
  db: Db,
  input: { organisationId: string; person: ProviderPerson; locale: string },
  now: Date,
): Promise<ProviderSignInOutcome> {
  const { organisationId, person } = input;
  return db.transaction().execute(async (trx) => {
    // First, as every change of admins does (the claims may take org_admin away).
    if (person.managedRoles.includes('org_admin')) await lockAdmins(trx, organisationId);
    const found = await findPerson(trx, organisationId, person);
    if (found?.deactivated_at) return { ok: false, reason: 'deactivated' } as const;
    const userId = found?.id ?? (await createPerson(trx, organisationId, person, input.locale, now));
    await linkPerson(trx, organisationId, userId, person, found?.linkId ?? null, now);
    await updateProfile(trx, organisationId, userId, person, now);
    const system: Actor = { organisationId, userId: null, grants: [] };
    const details = { via: 'singleSignOn' };
    if (person.unitId !== undefined) {
      await placeUsersIn(trx, { organisationId, actorId: null, placements: [{ userId, unitId: person.unitId }], details }, now);
    }
    const placed = await trx.selectFrom('users').select('unit_id').where('id', '=', userId).executeTakeFirstOrThrow();
    const { current, wanted } = await wantedGrants(trx, organisationId, userId, person, placed.unit_id);
    await applyGrantDifference(trx, system, userId, current, wanted, now);
    return { ok: true, userId, created: !found } as const;
  });
}
