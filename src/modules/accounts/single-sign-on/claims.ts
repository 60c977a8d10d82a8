import { ROLES, type Role } from '../../../platform/authz/authz.ts';
import type { UnitNode } from '../../organisations/index.ts';
import { ACCOUNT_LIMITS, emailSchema } from '../schemas.ts';
import type { IdentityProvider } from './providers.ts';
import { mappingLines } from './schemas.ts';
import { unitOfClaim } from './unit-targets.ts';

/**
 * RFC 8176 methods that prove possession of something beyond a password: with another method
 * beside them (`["pwd", "otp"]`) they are two factors, as `mfa` says outright.
 */
const POSSESSION_METHODS = ['otp', 'hwk', 'sc', 'swk', 'sms', 'tel'];

/** A claim's values as strings: a string, a number, or an array of them; a dotted name reaches into objects (`realm_access.roles`). */
export function claimValues(claims: Record<string, unknown>, name: string): string[] {
  if (name === '') return [];
  let value: unknown = claims[name];
  if (value === undefined && name.includes('.')) {
    value = name
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), claims);
  }
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values.filter((item) => typeof item === 'string' || typeof item === 'number').map((item) => String(item).trim());
}

/** Whether the provider says the person signed in with more than one factor (`amr` of RFC 8176). */
export function signedInWithMultipleFactors(claims: Record<string, unknown>): boolean {
  const methods = claimValues(claims, 'amr');
  return methods.includes('mfa') || (methods.length >= 2 && methods.some((method) => POSSESSION_METHODS.includes(method)));
}

/** Who the provider says the person is, in Tarina's terms. */
export interface ProviderPerson {
  issuer: string;
  subject: string;
  email: string;
  displayName: string;
  /** The roles the claim gives, of those the mapping manages. */
  roles: Role[];
  /** Every role the mapping names: these follow the claim; any other role is left as an admin set it. */
  managedRoles: Role[];
  /** The unit or work community the claims place the person in; undefined leaves the placement as it is. */
  unitId: string | undefined;
  multipleFactors: boolean;
}

/** Why a provider's answer cannot make or update a person. */
export type ClaimProblem = 'email' | 'domain';

/**
 * Maps a provider's claims to a person: the e-mail (required, verified unless the provider does
 * not say, in an allowed domain), the name, the roles of the role mapping, and the placement —
 * a work community mapped wins over a unit (it is the more precise place).
 */
export function personOfClaims(
  provider: IdentityProvider,
  claims: Record<string, unknown>,
  units: { units: readonly UnitNode[]; workCommunities: readonly UnitNode[] },
): ProviderPerson | { problem: ClaimProblem } {
  const email = emailSchema.safeParse(claimValues(claims, provider.claims.email)[0] ?? '');
  if (!email.success || claims.email_verified === false) return { problem: 'email' };
  const domains = provider.allowedDomains === '' ? [] : provider.allowedDomains.split(', ');
  if (domains.length > 0 && !domains.includes(email.data.split('@')[1] ?? '')) return { problem: 'domain' };
  const name = claimValues(claims, provider.claims.name)[0] ?? '';
  const lines = mappingLines(provider.roleMap).filter((line) => ROLES.includes(line.target as Role));
  const given = new Set(claimValues(claims, provider.claims.roles));
  const workCommunity = provider.claims.workCommunity
    ? unitOfClaim(units.workCommunities, provider.workCommunityMap, claimValues(claims, provider.claims.workCommunity))
    : null;
  const unit = provider.claims.unit ? unitOfClaim(units.units, provider.unitMap, claimValues(claims, provider.claims.unit)) : null;
  return {
    issuer: String(claims.iss ?? ''),
    subject: String(claims.sub ?? ''),
    email: email.data,
    displayName: (name || (email.data.split('@')[0] ?? '')).slice(0, ACCOUNT_LIMITS.displayNameMax),
    roles: [...new Set(lines.filter((line) => given.has(line.value)).map((line) => line.target as Role))],
    managedRoles: [...new Set(lines.map((line) => line.target as Role))],
    unitId: workCommunity ?? unit ?? undefined,
    multipleFactors: signedInWithMultipleFactors(claims),
  };
}
