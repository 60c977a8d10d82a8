import { defineJob } from '../../../platform/jobs/job.ts';
import { remindBeforeDeadline } from '../commands/remind-before-deadline.ts';

/** The origin of links in the job's mail: PUBLIC_URL, else this host on the configured port. */
function origin(config: { publicUrl: string | null; port: number }): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/** Hourly: the leads of work communities that have not held their dialogue are reminded as the due date nears (once per round). */
export const deadlineRemindersJob = defineJob({
  name: 'dialogues.deadlineReminders',
  labelKey: 'dialogues.jobs.deadlineReminders',
  schedule: { everyMs: 60 * 60_000 },
  run: async (context, run) => {
    await remindBeforeDeadline(context, run, origin(context.config));
  },
});
