import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { updateOrganisationSettings } from '../commands/update-organisation-settings.ts';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { organisationPatchSchema, organisationResponseSchema } from '../schemas.ts';

/** GET and PATCH /api/v1/organisation: the organisation served on this host. */
export function registerOrganisationApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/organisation',
    summary: 'The organisation served on this host: name, logo, accent colour and languages',
    tag: 'organisations',
    response: organisationResponseSchema,
    handler: async ({ request }) => found(await getOrganisationSettings(context.db, request.organisation.id)),
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/organisation',
    summary: 'Changes the name or branding; fields left out keep their value',
    tag: 'organisations',
    permission: 'organisations.settings.update',
    body: organisationPatchSchema,
    response: organisationResponseSchema,
    handler: async ({ request, body }) => {
      await updateOrganisationSettings(context.db, request.identity.actor, body, context.clock.now());
      return found(await getOrganisationSettings(context.db, request.organisation.id));
    },
  });
}
