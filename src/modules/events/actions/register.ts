import { defineAction } from '../../../platform/actions/action.ts';
import { loadEventToRegister } from '../loaders.ts';
import { registrationResultSchema } from '../presenters.ts';
import { idParamsSchema, signedInRegistrationSchema } from '../schemas.ts';
import {
  mailRegistration,
  REGISTRATION_RATE_LIMIT,
  type RegistrationSubject,
  register,
  registrationFields,
  registrationFormAgain,
} from './registration-steps.ts';

/**
 * Registers the caller: a seat in registration order, or a place on the matching waitlist;
 * the page goes on to the personal registration page. The confirmation mail follows the commit.
 */
export const registerAction = defineAction({
  name: 'events.registration.register',
  summary: 'Registers the caller: a seat in registration order, or a place on the matching waitlist',
  tag: 'events',
  params: idParamsSchema,
  input: registrationFields,
  load: async ({ context, actor, params }): Promise<RegistrationSubject> => ({
    ...(await loadEventToRegister(context, actor, params.id)),
    invitation: null,
  }),
  rateLimit: REGISTRATION_RATE_LIMIT,
  run: register,
  pageVersion: 'unchanged',
  after: [mailRegistration],
  api: {
    method: 'POST',
    url: '/events/:id/registrations',
    access: 'public',
    // The signed-in shape (name and e-mail may come from the account); a visitor's body is checked for them too.
    body: signedInRegistrationSchema,
    toInput: ({ input }) => input as Record<string, unknown>,
    status: 201,
    response: registrationResultSchema,
    present: ({ request }, { registrant, outcome }) => ({
      id: outcome.registrationId,
      status: outcome.status,
      pool: outcome.pool,
      manageUrl: `${registrant.siteOrigin}/${request.locale}/registrations/${outcome.token}`,
    }),
    errors: [409],
  },
  page: {
    url: '/events/:id/register',
    form: registrationFormAgain,
    done: (_call, { outcome }) => ({ to: `/registrations/${outcome.token}` }),
  },
});
