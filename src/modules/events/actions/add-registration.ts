import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import { registerForEvent } from '../commands/register-for-event.ts';
import { loadManagedEvent } from '../loaders.ts';
import { organiserOf, resolveAttributeValues } from '../organiser.ts';
import { siteOrigin } from '../registrant.ts';
import { showList } from '../routes/admin-registration-routes.tsx';
import { EVENT_LIMITS, organiserAddSchema } from '../schemas.ts';
import { onlyFieldErrors } from './form-refusal.ts';
import { mailRegistration } from './registration-steps.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');

/**
 * The organiser adds someone, giving the reason (audited), even after registration has
 * closed; the person is mailed as if they had registered. Someone already registered is
 * an error at the e-mail field.
 */
export const addRegistrationAction = defineAction({
  name: 'events.registration.add',
  summary: 'The organiser adds someone to an event, giving the reason',
  tag: 'events',
  params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) }),
  input: organiserAddSchema,
  load: async ({ context, request, params }) => ({ ...(await loadManagedEvent(context, request, params.id)), invitation: null }),
  run: async ({ context, request, subject, input, now }) => {
    const attributeValues = await resolveAttributeValues(context, subject.event, input.attributeValue);
    const registrant = {
      name: input.name,
      email: input.email,
      userId: null,
      attributeValues,
      locale: input.locale,
      siteOrigin: siteOrigin(context, request),
      answers: {},
      invitationId: null,
    };
    const outcome = await registerForEvent(
      context.db,
      request.organisation.id,
      subject.event.id,
      registrant,
      now,
      organiserOf(request, input.reason),
    );
    return { registrant, outcome };
  },
  pageVersion: 'unchanged',
  after: [mailRegistration],
  page: {
    url: '/admin/events/:id/registrations',
    form: ({ context, request, subject }, reply, state, status) => {
      const duplicate = status === 409 && state.errors._?.key === 'events.register.duplicate';
      if (!duplicate) onlyFieldErrors(state, status);
      const errors = duplicate ? { email: { key: 'events.organiser.duplicate' } } : state.errors;
      const { values } = state;
      const shown = {
        name: text(values.name),
        email: text(values.email),
        attributeValue: text(values.attributeValue),
        locale: isLocale(values.locale) ? values.locale : 'fi',
        reason: text(values.reason),
      };
      return showList(context, request, reply, subject.event, shown, errors);
    },
    done: ({ subject }) => ({ to: `/admin/events/${subject.event.id}/registrations`, flash: 'events.organiser.added' }),
  },
});
