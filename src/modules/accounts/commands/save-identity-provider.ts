import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { encryptClientSecret } from '../single-sign-on/client-secret.ts';
import { findProviderRow } from '../single-sign-on/providers.ts';
import type { IdentityProviderInput } from '../single-sign-on/schemas.ts';
import { listUnitsOfKind, unresolvedTarget } from '../single-sign-on/unit-targets.ts';
import '../tables.ts';

/** Every unit and work community a mapping names must be one of the organisation's (422 at the mapping). */
async function checkUnitTargets(db: Db, organisationId: string, input: IdentityProviderInput): Promise<void> {
  const units = unresolvedTarget(await listUnitsOfKind(db, organisationId, 'unit'), input.unitMap);
  const communities = unresolvedTarget(await listUnitsOfKind(db, organisationId, 'work_community'), input.workCommunityMap);
  if (units === undefined && communities === undefined) return;
  const errors: Record<string, { key: string; values: Record<string, string> }> = {};
  if (units !== undefined) errors.unitMap = { key: 'accounts.sso.unknownUnit', values: { target: units } };
  if (communities !== undefined) errors.workCommunityMap = { key: 'accounts.sso.unknownWorkCommunity', values: { target: communities } };
  throw refuse.invalid(errors);
}

function columnsOf(input: IdentityProviderInput) {
  return {
    name: JSON.stringify(input.name),
    issuer_url: input.issuerUrl,
    client_id: input.clientId,
    scopes: input.scopes,
    enabled: input.enabled ? 1 : 0,
    trust_mfa: input.trustMfa ? 1 : 0,
    allowed_domains: input.allowedDomains,
    claim_email: input.claims.email,
    claim_name: input.claims.name,
    claim_roles: input.claims.roles,
    role_map: input.roleMap,
    claim_unit: input.claims.unit,
    unit_map: input.unitMap,
    claim_work_community: input.claims.workCommunity,
    work_community_map: input.workCommunityMap,
  };
}

function audit(db: Db, actor: Actor, action: string, providerId: string, input: IdentityProviderInput, now: Date) {
  // What changed, without the secret: only whether a new one was given.
  const details = { issuer: input.issuerUrl, enabled: input.enabled, trustMfa: input.trustMfa, newSecret: input.clientSecret !== '' };
  return recordAudit(
    db,
    {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action,
      subjectType: 'identity_provider',
      subjectId: providerId,
      details,
    },
    now,
  );
}

/** Adds an identity provider to the organisation (the client secret is required and kept encrypted); audited. */
export async function createIdentityProvider(db: Db, actor: Actor, input: IdentityProviderInput, now: Date): Promise<string> {
  if (input.clientSecret === '') throw refuse.invalid({ clientSecret: { key: 'accounts.sso.secretRequired' } });
  await checkUnitTargets(db, actor.organisationId, input);
  const id = newId();
  const secret = await encryptClientSecret(db, id, input.clientSecret, now);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('account_identity_providers')
      .values({
        id,
        organisation_id: actor.organisationId,
        ...columnsOf(input),
        client_secret_encrypted: secret,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await audit(trx, actor, AUDIT_ACTIONS.identityProviderCreate, id, input, now);
  });
  return id;
}

/** Changes a provider; an empty client secret keeps the saved one. Another organisation's provider is not found (404). */
export async function updateIdentityProvider(db: Db, actor: Actor, id: string, input: IdentityProviderInput, now: Date): Promise<void> {
  if (!(await findProviderRow(db, actor.organisationId, id))) throw refuse.notFound();
  await checkUnitTargets(db, actor.organisationId, input);
  const secret = input.clientSecret === '' ? undefined : await encryptClientSecret(db, id, input.clientSecret, now);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account_identity_providers')
      .set({ ...columnsOf(input), ...(secret ? { client_secret_encrypted: secret } : {}), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'account_identity_providers'))
      .where('id', '=', id)
      .execute();
    await audit(trx, actor, AUDIT_ACTIONS.identityProviderUpdate, id, input, now);
  });
}
