import { defineJob } from '../../../platform/jobs/job.ts';
import { purgeExpiredRegistrationAnswers } from './purge-expired-answers.ts';
import { releaseQuotaSeats } from './release-quota-seats.ts';
import { sendEventReminders } from './send-event-reminders.ts';

/** How often the event jobs look for work. */
export const EVENT_JOB_INTERVAL_MS = 60_000;

/**
 * The events module's background jobs, each once a minute. Each also claims
 * its own rows with conditional updates (an event's purge, a registration's
 * reminder, the seats' lock), so a run that overlaps another does no harm.
 */
export const eventJobs = [
  defineJob({
    name: 'events.quota-release',
    labelKey: 'events.jobs.quotaRelease',
    schedule: { everyMs: EVENT_JOB_INTERVAL_MS },
    run: async (context, run) => {
      await releaseQuotaSeats(context, run.now, run.log);
    },
  }),
  defineJob({
    name: 'events.reminders',
    labelKey: 'events.jobs.reminders',
    schedule: { everyMs: EVENT_JOB_INTERVAL_MS },
    run: async (context, run) => {
      await sendEventReminders(context, run.now, run.log);
    },
  }),
  defineJob({
    name: 'events.answer-purge',
    labelKey: 'events.jobs.answerPurge',
    schedule: { everyMs: EVENT_JOB_INTERVAL_MS },
    run: async (context, run) => {
      await purgeExpiredRegistrationAnswers(context, run.now);
    },
  }),
];
