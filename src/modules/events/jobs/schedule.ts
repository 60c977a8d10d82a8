import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { purgeExpiredRegistrationAnswers } from './purge-expired-answers.ts';
import { releaseQuotaSeats } from './release-quota-seats.ts';
import { sendEventReminders } from './send-event-reminders.ts';

/** How often the event jobs look for work. */
export const JOB_INTERVAL_MS = 60_000;

/**
 * Runs the event jobs once a minute while the app is up. Each job claims its
 * work with conditional updates, so running in every app process is safe and
 * a tick with nothing due costs three indexed selects.
 */
export function scheduleEventJobs(app: FastifyInstance, context: AppContext): void {
  if (!context.config.jobs) return;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const log = (error: unknown, message: string) => app.log.error({ err: error }, message);
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = context.clock.now();
      await releaseQuotaSeats(context, now, log);
      await sendEventReminders(context, now, log);
      await purgeExpiredRegistrationAnswers(context, now);
    } catch (error) {
      log(error, 'events: scheduled jobs failed');
    } finally {
      running = false;
    }
  };
  app.addHook('onReady', async () => {
    timer = setInterval(() => void tick(), JOB_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
