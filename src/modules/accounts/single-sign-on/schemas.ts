import { z } from 'zod';
import { ROLES, type Role } from '../../../platform/authz/authz.ts';
import { flagSchema } from '../../../platform/http/validation.ts';
import { localizedTextSchema } from '../../../platform/i18n/locales.ts';

/** Hosts a provider may be reached on without TLS: only this machine (a provider started by the tests or a developer). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether an issuer may be asked over plain HTTP (loopback only; everything else needs HTTPS). */
export function isLoopbackIssuer(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/** A mapping as typed: lines `claim value = target`, blank lines dropped, each line trimmed. */
export interface MappingLine {
  value: string;
  target: string;
}

/** The lines of a mapping (what `mappingSchema` kept), each `value = target`; the last `=` splits (a value may hold one). */
export function mappingLines(text: string): MappingLine[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const at = line.lastIndexOf('=');
      return { value: line.slice(0, at).trim(), target: line.slice(at + 1).trim() };
    });
}

/** A mapping textarea: at most 200 lines, each `value = target` with both sides given. */
const mappingSchema = z
  .string()
  .max(20_000)
  .transform((text) =>
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n'),
  )
  .refine((text) => text.split('\n').length <= 200, { params: { key: 'accounts.sso.mappingTooLong' } })
  .refine((text) => text === '' || mappingLines(text).every((line) => line.value !== '' && line.target !== ''), {
    params: { key: 'accounts.sso.mappingFormat' },
  });

const claimSchema = z.string().trim().max(200);

/** An e-mail domain list: comma- or space-separated, kept lower-cased as `a.fi, b.fi`. */
const domainsSchema = z
  .string()
  .max(2000)
  .transform((text) =>
    text
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((domain) => domain !== '')
      .join(', '),
  )
  .refine((text) => text === '' || text.split(', ').every((domain) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)), {
    params: { key: 'accounts.sso.domainFormat' },
  });

const issuerSchema = z
  .string()
  .trim()
  .max(500)
  .refine(
    (text) => {
      if (!URL.canParse(text)) return false;
      const url = new URL(text);
      return (url.protocol === 'https:' || isLoopbackIssuer(url)) && !url.search && !url.hash && !url.username;
    },
    { params: { key: 'accounts.sso.issuerFormat' } },
  );

/**
 * An identity provider as the admin's form and the API send it. The client secret may be left
 * empty on an edit to keep the saved one (it is never shown again); a new provider needs it.
 */
export const identityProviderSchema = z
  .object({
    name: localizedTextSchema(80),
    issuerUrl: issuerSchema,
    clientId: z.string().trim().min(1).max(300),
    clientSecret: z.string().trim().max(1000).default(''),
    scopes: z
      .string()
      .trim()
      .max(500)
      .transform((text) =>
        text
          .split(/\s+/)
          .filter((scope) => scope !== '')
          .join(' '),
      )
      .refine((text) => text.split(' ').includes('openid'), { params: { key: 'accounts.sso.scopesOpenid' } }),
    enabled: flagSchema,
    trustMfa: flagSchema,
    allowedDomains: domainsSchema.default(''),
    claims: z.object({
      email: claimSchema.min(1),
      name: claimSchema.min(1),
      roles: claimSchema.default(''),
      unit: claimSchema.default(''),
      workCommunity: claimSchema.default(''),
    }),
    roleMap: mappingSchema.default(''),
    unitMap: mappingSchema.default(''),
    workCommunityMap: mappingSchema.default(''),
  })
  .superRefine((input, context) => {
    const unknownRole = mappingLines(input.roleMap).find((line) => !ROLES.includes(line.target as Role));
    if (unknownRole) context.addIssue({ code: 'custom', path: ['roleMap'], params: { key: 'accounts.sso.unknownRole' } });
    const needsClaim = [
      ['roleMap', 'roles'],
      ['unitMap', 'unit'],
      ['workCommunityMap', 'workCommunity'],
    ] as const;
    for (const [map, claim] of needsClaim) {
      if (input[map] !== '' && input.claims[claim] === '')
        context.addIssue({ code: 'custom', path: ['claims', claim], params: { key: 'accounts.sso.claimNeeded' } });
    }
  });

/** What the identity provider form and API take. */
export type IdentityProviderInput = z.output<typeof identityProviderSchema>;

/** A provider's id in a path. */
export const providerIdParams = z.object({ id: z.string().min(1).max(64) });

/** What the API answers for a provider made. */
export const identityProviderCreatedSchema = z.object({ id: z.string() });
