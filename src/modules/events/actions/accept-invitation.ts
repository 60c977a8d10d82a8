import { defineAction } from '../../../platform/actions/action.ts';
import { loadInvitation, loadVisibleEvent } from '../loaders.ts';
import { idParamsSchema, tokenParamsSchema } from '../schemas.ts';
import {
  mailRegistration,
  REGISTRATION_RATE_LIMIT,
  type RegistrationSubject,
  register,
  registrationFields,
  registrationFormAgain,
} from './registration-steps.ts';

/**
 * Registers by the invitation's personal link, with the invitation's e-mail: an unknown or
 * another event's link is 404, a used one 409. (The API registers by invitation with
 * `invitationToken` in the body of `events.registration.register`.)
 */
export const acceptInvitationAction = defineAction({
  name: 'events.invitation.accept',
  summary: 'Registers by an invitation’s personal link',
  tag: 'events',
  params: idParamsSchema.merge(tokenParamsSchema),
  input: registrationFields,
  load: async ({ context, request, actor, params }): Promise<RegistrationSubject> => {
    const found = await loadVisibleEvent(context, actor, params.id);
    const invitation = await loadInvitation(context, request.organisation.id, found.event.id, params.token);
    return { ...found, invitation: { token: params.token, email: invitation.email } };
  },
  rateLimit: REGISTRATION_RATE_LIMIT,
  run: register,
  pageVersion: 'unchanged',
  after: [mailRegistration],
  page: {
    url: '/events/:id/invitations/:token',
    form: registrationFormAgain,
    done: (_call, { outcome }) => ({ to: `/registrations/${outcome.token}` }),
  },
});
