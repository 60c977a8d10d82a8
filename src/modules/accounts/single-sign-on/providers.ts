import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AccountIdentityProvidersTable } from '../tables.ts';
import '../tables.ts';

/** An identity provider as the admin pages, the sign-in page and the sign-in itself read it (never the secret). */
export interface IdentityProvider {
  id: string;
  name: LocalizedText;
  issuerUrl: string;
  clientId: string;
  scopes: string;
  enabled: boolean;
  trustMfa: boolean;
  allowedDomains: string;
  claims: { email: string; name: string; roles: string; unit: string; workCommunity: string };
  roleMap: string;
  unitMap: string;
  workCommunityMap: string;
  updatedAt: string;
}

/** Shapes a stored provider. */
export function presentProvider(row: AccountIdentityProvidersTable): IdentityProvider {
  return {
    id: row.id,
    name: parseJsonColumn<LocalizedText>(row.name, { fi: '' }),
    issuerUrl: row.issuer_url,
    clientId: row.client_id,
    scopes: row.scopes,
    enabled: row.enabled === 1,
    trustMfa: row.trust_mfa === 1,
    allowedDomains: row.allowed_domains,
    claims: {
      email: row.claim_email,
      name: row.claim_name,
      roles: row.claim_roles,
      unit: row.claim_unit,
      workCommunity: row.claim_work_community,
    },
    roleMap: row.role_map,
    unitMap: row.unit_map,
    workCommunityMap: row.work_community_map,
    updatedAt: row.updated_at,
  };
}

/** The organisation's provider with its encrypted secret, or undefined (unknown or another organisation's). */
export async function findProviderRow(db: Db, organisationId: string, id: string): Promise<AccountIdentityProvidersTable | undefined> {
  return db
    .selectFrom('account_identity_providers')
    .selectAll()
    .$call(inOrganisation(organisationId, 'account_identity_providers'))
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The organisation's providers, enabled or not, in the order they were added. */
export async function listProviders(db: Db, organisationId: string): Promise<IdentityProvider[]> {
  const rows = await db
    .selectFrom('account_identity_providers')
    .selectAll()
    .$call(inOrganisation(organisationId, 'account_identity_providers'))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(presentProvider);
}

/** The buttons of the sign-in page: the organisation's enabled providers' ids and names. */
export async function listSignInProviders(db: Db, organisationId: string): Promise<Array<{ id: string; name: LocalizedText }>> {
  const rows = await db
    .selectFrom('account_identity_providers')
    .select(['id', 'name'])
    .$call(inOrganisation(organisationId, 'account_identity_providers'))
    .where('enabled', '=', 1)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: parseJsonColumn<LocalizedText>(row.name, { fi: '' }) }));
}
