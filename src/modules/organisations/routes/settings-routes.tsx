import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { updateOrganisationSettings } from '../commands/update-organisation-settings.ts';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { organisationSettingsSchema } from '../schemas.ts';
import { type SettingsFormValues, SettingsPage } from '../views/settings-page.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The checkbox group sends `allowSignUp[]=yes` only when ticked. */
function formInput(body: Record<string, string | string[]>): Record<string, unknown> & { allowSignUp: boolean } {
  const fields = unflattenForm(body);
  const ticked = fields.allowSignUp;
  return { ...fields, allowSignUp: Array.isArray(ticked) && ticked.includes('yes') };
}

function formValues(input: Record<string, unknown> & { allowSignUp: boolean }): SettingsFormValues {
  const name = (typeof input.name === 'object' && input.name !== null ? input.name : {}) as Record<string, unknown>;
  return {
    name: { fi: text(name.fi), sv: text(name.sv), en: text(name.en) },
    logoUrl: text(input.logoUrl),
    accentColor: text(input.accentColor),
    allowSignUp: input.allowSignUp,
  };
}

/** The organisation settings page: name, logo, accent colour, sign-up. */
export function registerSettingsRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/organisation', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.settings.update');
    const settings = await getOrganisationSettings(context.db, request.organisation.id);
    if (!settings) throw notFound();
    const values = { ...settings, logoUrl: settings.logoUrl ?? '', accentColor: settings.accentColor ?? '' };
    return renderPage(context, request, reply, <SettingsPage values={values} savedColour={settings.accentColor} />);
  });

  page(app, 'POST', '/admin/organisation', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.settings.update');
    const input = formInput((request.body ?? {}) as Record<string, string | string[]>);
    const checked = check(organisationSettingsSchema, input);
    if (!checked.ok) {
      const saved = await getOrganisationSettings(context.db, request.organisation.id);
      const node = <SettingsPage values={formValues(input)} savedColour={saved?.accentColor ?? null} errors={checked.errors} />;
      return renderPage(context, request, reply, node, 422);
    }
    await updateOrganisationSettings(context.db, request.identity.actor, checked.data, context.clock.now());
    setFlash(reply, 'organisations.settings.saved');
    return reply.redirect(`/${request.locale}/admin/organisation`, 303);
  });
}
