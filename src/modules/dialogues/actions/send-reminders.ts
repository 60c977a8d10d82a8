import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { todayIn } from '../../processes/index.ts';
import { claimReminders, type ReminderClaims } from '../commands/claim-reminders.ts';
import { mailReminders } from '../commands/mail-reminders.ts';
import { findRound } from '../queries/find-round.ts';
import { roundParamsSchema } from '../schemas.ts';

const reminderResponseSchema = z.object({
  /** Overdue work communities reminded now. */
  reminded: z.number().int(),
  /** The leads the reminders are mailed to. */
  recipients: z.number().int(),
  /** Overdue work communities reminded now that have no lead to mail (the coordinator follows them up). */
  withoutLead: z.number().int(),
  /** Overdue work communities already reminded today. */
  alreadyReminded: z.number().int(),
});

/** The numbers of a "send reminders" for its answer. */
export function presentReminders(claims: ReminderClaims): z.infer<typeof reminderResponseSchema> {
  return {
    reminded: claims.claimed.length,
    recipients: claims.claimed.reduce((sum, claim) => sum + claim.leads.length, 0),
    withoutLead: claims.claimed.filter((claim) => claim.leads.length === 0).length,
    alreadyReminded: claims.alreadyReminded,
  };
}

/**
 * The coordinator mails a reminder to the leads of every overdue work community of a round: a
 * button on the coverage page, or the API. At most once a day per community: a second press
 * on the same day mails no one again. The mails go after the claims are committed.
 */
export const sendRemindersAction = defineAction({
  name: 'dialogues.reminders.send',
  summary: 'Mail a reminder to the leads of a round’s overdue work communities (at most once a day each)',
  tag: 'dialogues',
  params: roundParamsSchema,
  permission: 'dialogues.admin.list',
  load: async ({ context, actor, params }) => {
    const round = await findRound(context.db, actor.organisationId, params.id);
    if (!round) throw refuse.notFound();
    return round;
  },
  authorize: { permission: 'dialogues.reminder.send', resource: ({ subject }) => subject },
  rateLimit: { max: 10, timeWindow: '1 minute' },
  run: ({ context, request, actor, subject, now }) =>
    claimReminders(context.db, actor, subject, todayIn(now, request.organisation.timeZone), now),
  // Nothing cached shows a reminder.
  pageVersion: 'unchanged',
  after: [
    async ({ context, request, subject }, claims) => {
      const origin = context.config.publicUrl ?? `${request.protocol}://${request.host}`;
      await mailReminders(context, subject, claims.claimed, origin, (error, message) => request.log.error({ err: error }, message));
    },
  ],
  api: {
    method: 'POST',
    url: '/dialogue-rounds/:id/reminders',
    response: reminderResponseSchema,
    present: (_call, claims) => presentReminders(claims),
  },
  page: {
    url: '/admin/dialogues/:id/reminders',
    done: ({ subject }, claims) => ({
      to: `/admin/dialogues/${subject.id}/coverage`,
      flash: claims.claimed.length > 0 ? 'dialogues.reminders.sent' : 'dialogues.reminders.noneToSend',
    }),
  },
});
