import type { FastifyReply } from 'fastify';
import { defineAction, type FormState, type LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { isFlagSet } from '../../../platform/http/validation.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { createIdentityProvider, updateIdentityProvider } from '../commands/save-identity-provider.ts';
import { callbackUrl } from '../single-sign-on/provider-sign-in.ts';
import { findProviderRow, type IdentityProvider, presentProvider } from '../single-sign-on/providers.ts';
import { identityProviderCreatedSchema, identityProviderSchema, providerIdParams } from '../single-sign-on/schemas.ts';
import { ProviderFormPage, type ProviderFormValues } from '../views/single-sign-on/provider-form-page.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const objectOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** The provider form's fields as they were sent, to show again beside the errors. */
function formValues(fields: Record<string, unknown>): ProviderFormValues {
  const name = objectOf(fields.name);
  const claims = objectOf(fields.claims);
  return {
    name: { fi: text(name.fi), sv: text(name.sv), en: text(name.en) },
    issuerUrl: text(fields.issuerUrl),
    clientId: text(fields.clientId),
    scopes: text(fields.scopes),
    enabled: isFlagSet(fields.enabled),
    trustMfa: isFlagSet(fields.trustMfa),
    allowedDomains: text(fields.allowedDomains),
    claims: {
      email: text(claims.email),
      name: text(claims.name),
      roles: text(claims.roles),
      unit: text(claims.unit),
      workCommunity: text(claims.workCommunity),
    },
    roleMap: text(fields.roleMap),
    unitMap: text(fields.unitMap),
    workCommunityMap: text(fields.workCommunityMap),
  };
}

function formAgain(providerId: (call: LoadCall<unknown>) => string | null) {
  return (call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) => {
    const page = (
      <ProviderFormPage
        providerId={providerId(call)}
        values={formValues(state.values)}
        redirectUri={callbackUrl(call.request)}
        errors={state.errors}
      />
    );
    return renderPage(call.context, call.request, reply, page, status);
  };
}

/** The organisation's provider of the path, or 404 (unknown or another organisation's). */
export async function loadProvider({ context, actor, params }: LoadCall<{ id: string }>): Promise<IdentityProvider> {
  const row = await findProviderRow(context.db, actor.organisationId, params.id);
  if (!row) throw refuse.notFound();
  return presentProvider(row);
}

/** An admin adds an OpenID Connect provider staff may sign in through. */
export const createIdentityProviderAction = defineAction({
  name: 'accounts.identityProvider.create',
  summary: 'Adds an OpenID Connect identity provider for staff sign-in (the client secret is kept encrypted and never shown again)',
  tag: 'accounts',
  input: identityProviderSchema,
  permission: 'accounts.users.manage',
  run: ({ context, actor, input, now }) => createIdentityProvider(context.db, actor, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/identity-providers', status: 201, response: identityProviderCreatedSchema, present: (_, id) => ({ id }) },
  page: {
    url: '/admin/single-sign-on/new',
    form: formAgain(() => null),
    done: () => ({ to: '/admin/single-sign-on', flash: 'accounts.sso.created' }),
  },
});

/** An admin changes a provider (an empty client secret keeps the saved one). */
export const updateIdentityProviderAction = defineAction({
  name: 'accounts.identityProvider.update',
  summary: 'Changes an identity provider; an empty client secret keeps the saved one',
  tag: 'accounts',
  params: providerIdParams,
  input: identityProviderSchema,
  permission: 'accounts.users.manage',
  load: loadProvider,
  run: ({ context, actor, subject, input, now }) => updateIdentityProvider(context.db, actor, subject.id, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/identity-providers/:id', status: 204 },
  page: {
    url: '/admin/single-sign-on/:id',
    form: formAgain(({ params }) => (params as { id: string }).id),
    done: ({ subject }) => ({ to: `/admin/single-sign-on/${encodeURIComponent(subject.id)}`, flash: 'accounts.sso.saved' }),
  },
});
