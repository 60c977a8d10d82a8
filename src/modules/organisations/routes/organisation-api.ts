import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { organisationResponseSchema } from '../schemas.ts';

/** GET /api/v1/organisation: the organisation served on this host (`organisations.settings.update` changes it). */
export function registerOrganisationApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/organisation',
    summary: 'The organisation served on this host: name, logo, accent colour and languages',
    tag: 'organisations',
    response: organisationResponseSchema,
    handler: async ({ request }) => found(await getOrganisationSettings(context.db, request.organisation.id)),
  });
}
