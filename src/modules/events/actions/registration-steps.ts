import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ActionCall, FormState, LoadCall } from '../../../platform/actions/action.ts';
import { participantFor } from '../../../platform/participation/participant.ts';
import { emailSchema } from '../../accounts/index.ts';
import { type Registrant, type RegistrationOutcome, registerForEvent } from '../commands/register-for-event.ts';
import type { EventWithProcess } from '../loaders.ts';
import { mailOutcome } from '../mail-outcome.ts';
import { eventChannelOf } from '../process-channels.ts';
import { registrantOf } from '../registrant.ts';
import { formValuesOf, type PanelInput, renderEventPage, showAlreadyRegistered } from '../routes/event-page-routes.tsx';
import { onlyFieldErrors } from './form-refusal.ts';

/** A rate limit per address on registering: generous for an office behind one address, a brake for scripts. */
export const REGISTRATION_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

/**
 * The registration form's fields as sent: who registers decides which schema they are
 * checked against (a visitor names themselves, an account does not), so `registrantOf`
 * checks them, after saying whether registration is open at all.
 */
export const registrationFields = z.record(z.string(), z.unknown());

/** What a registration came to, and who registered (for the mail that follows). */
export interface Registered {
  registrant: Registrant;
  outcome: RegistrationOutcome;
}

/** The event registered for, and the invitation when registering by its personal link. */
export interface RegistrationSubject extends EventWithProcess {
  invitation: PanelInput['invitation'];
}

/** Registers the caller for the event, by the invitation when there is one (its e-mail is the registrant's). */
export async function register(call: ActionCall<unknown, RegistrationSubject, Record<string, unknown>>): Promise<Registered> {
  const { context, request, subject, input, now } = call;
  const { invitation } = subject;
  const fields = invitation ? { ...input, email: invitation.email } : input;
  const registrant = await registrantOf(context, request, subject.event, fields, invitation?.token ?? null);
  // Without an account, the registration is kept under the browser's pseudonym in the event (its "My participation").
  const participant = participantFor(context, request, call.reply, eventChannelOf(subject.event.id));
  const browserKey = 'pseudonym' in participant ? participant.pseudonym : null;
  const outcome = await registerForEvent(context.db, request.organisation.id, subject.event.id, { ...registrant, browserKey }, now);
  return { registrant, outcome };
}

/** After-commit: the registrant's confirmation (with the calendar file) or waitlist notice, and anyone promoted on the way theirs. */
export function mailRegistration(call: ActionCall<unknown, RegistrationSubject, unknown>, result: Registered) {
  return mailOutcome(call.context, call.request, call.subject.event, result.registrant, result.outcome);
}

/**
 * The event page again when registering was refused: the form with its errors (422), or
 * for a second registration of the same person the page that says so (409) and offers
 * the link again; any other refusal (registration closed) is the error page.
 */
export function registrationFormAgain(
  call: LoadCall<unknown> & { subject: RegistrationSubject },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { context, request, subject } = call;
  const { invitation } = subject;
  if (status === 409 && state.errors._?.key === 'events.register.duplicate') {
    const user = request.identity.user;
    const sent = emailSchema.safeParse(state.values.email);
    const email = invitation?.email ?? user?.email ?? (sent.success ? sent.data : '');
    return showAlreadyRegistered(context, request, reply, subject.event, { email, userId: user?.id ?? null });
  }
  onlyFieldErrors(state, status);
  const panel = { invitation, values: formValuesOf(state.values), errors: state.errors };
  return renderEventPage(context, request, reply, subject, panel, 422);
}
