import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updateOrganisationSettings } from '../commands/update-organisation-settings.ts';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { organisationPatchSchema, organisationResponseSchema } from '../schemas.ts';
import { settingsFormAgain, settingsFormSchema } from './settings-form.tsx';

/** Changes the organisation's name and branding: every field on the settings page, any subset through the API. */
export const updateSettingsAction = defineAction({
  name: 'organisations.settings.update',
  summary: 'Changes the name or branding; fields left out keep their value',
  tag: 'organisations',
  input: organisationPatchSchema,
  permission: 'organisations.settings.update',
  run: ({ context, actor, input, now }) => updateOrganisationSettings(context.db, actor, input, now),
  // The host look-up cache is forgotten inside the command; nothing else follows.
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'PATCH',
    url: '/organisation',
    response: organisationResponseSchema,
    present: async ({ context, actor }) => found(await getOrganisationSettings(context.db, actor.organisationId)),
  },
  page: {
    url: '/admin/organisation',
    input: settingsFormSchema,
    form: settingsFormAgain,
    done: () => ({ to: '/admin/organisation', flash: 'organisations.settings.saved' }),
  },
});
