import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { notifyRegistrations, sendRegistrationMail } from './commands/notify-registrants.ts';
import type { Registrant, RegistrationOutcome } from './commands/register-for-event.ts';
import { mailLog } from './mail-log.ts';
import type { Event } from './queries/find-event.ts';

/**
 * Mails a new registrant their confirmation (with the calendar file) or
 * waitlist notice, from what the request already holds, and anyone promoted
 * on the way their promotion. A mail failure is logged; the registration stands.
 */
export async function mailOutcome(
  context: AppContext,
  request: FastifyRequest,
  event: Event,
  registrant: Registrant,
  outcome: RegistrationOutcome,
): Promise<void> {
  const log = mailLog(request);
  const row = {
    id: outcome.registrationId,
    organisation_id: event.organisationId,
    event_id: event.id,
    seq: outcome.seq,
    quota_id: outcome.quotaId,
    name: registrant.name,
    email: registrant.email,
    locale: registrant.locale,
    site_origin: registrant.siteOrigin,
  };
  const organisation = { name: request.organisation.name, timeZone: request.organisation.timeZone };
  try {
    await sendRegistrationMail(context, outcome.status, row, event, organisation);
  } catch (error) {
    log(error, `events: ${outcome.status} mail to registration ${outcome.registrationId} failed`);
  }
  await notifyRegistrations(context, request.organisation.id, outcome.promoted, 'promoted', log);
}
