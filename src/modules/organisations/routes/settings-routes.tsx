import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { SettingsPage } from '../views/settings-page.tsx';

/** The organisation settings page: name, logo, accent colour, sign-up (saved by `organisations.settings.update`). */
export function registerSettingsRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/organisation', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.settings.update');
    const settings = await getOrganisationSettings(context.db, request.organisation.id);
    if (!settings) throw notFound();
    const values = { ...settings, logoUrl: settings.logoUrl ?? '', accentColor: settings.accentColor ?? '' };
    return renderPage(context, request, reply, <SettingsPage values={values} savedColour={settings.accentColor} />);
  });
}
