import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { emailSchema } from '../../accounts/index.ts';
import { sendRegistrationMail } from '../commands/notify-registrants.ts';
import { loadVisibleEvent } from '../loaders.ts';
import { mailLog } from '../mail-log.ts';
import { findActiveRegistration } from '../queries/find-active-registration.ts';
import { idParamsSchema } from '../schemas.ts';

/** Resending a registration link mails someone: a few per address and minute. */
const RESEND_RATE_LIMIT = { max: 5, timeWindow: '1 minute' };

/**
 * Mails an address its registration's personal link again (from the page that answers a
 * second registration); says the same whether or not the address has one.
 */
export const resendRegistrationLinkAction = defineAction({
  name: 'events.registrationLink.resend',
  summary: 'Mails an address its registration’s personal link again',
  tag: 'events',
  params: idParamsSchema,
  // Whatever was typed: an address that is not one has no registration, and the answer is the same.
  input: z.object({ email: z.unknown() }),
  load: ({ context, actor, params }) => loadVisibleEvent(context, actor, params.id),
  rateLimit: RESEND_RATE_LIMIT,
  run: async ({ context, request, subject, input }) => {
    const email = emailSchema.safeParse(input.email);
    if (!email.success) return undefined;
    return findActiveRegistration(context.db, request.organisation.id, subject.event.id, { email: email.data, userId: null });
  },
  pageVersion: 'unchanged',
  after: [
    async ({ context, request, subject }, row) => {
      if (!row) return;
      const organisation = { name: request.organisation.name, timeZone: request.organisation.timeZone };
      const kind = row.status === 'waitlisted' ? 'waitlisted' : 'confirmed';
      await sendRegistrationMail(context, kind, row, subject.event, organisation).catch((error: unknown) =>
        mailLog(request)(error, `events: ${kind} mail to registration ${row.id} failed`),
      );
    },
  ],
  page: {
    url: '/events/:id/registration-link',
    done: ({ subject }) => ({ to: `/events/${subject.event.id}`, flash: 'events.already.resent' }),
  },
});
