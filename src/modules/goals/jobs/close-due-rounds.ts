import { defineJob, type JobRun } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';
import { closeRound } from '../commands/close-round.ts';

/** A round closes once a whole day has passed after its due day ended in UTC: by then the due day is over in every time zone. */
const CLOSE_AFTER_MS = 86_400_000;

/**
 * Closes the rounds that were opened by mail and whose due day is over: their links stop and their
 * figures freeze. A round never opened by mail (entered by hand) is left for the coordinator to close.
 */
export async function closeDueRounds(context: Pick<AppContext, 'db'>, run: Pick<JobRun, 'now' | 'log'>): Promise<number> {
  const lastDueDay = new Date(run.now.getTime() - CLOSE_AFTER_MS).toISOString().slice(0, 10);
  const due = await context.db
    .selectFrom('goal_rounds')
    .select(['id', 'organisation_id'])
    .where('invited_at', 'is not', null)
    .where('closed_at', 'is', null)
    .where('due_on', '<', lastDueDay)
    .execute();
  let closed = 0;
  for (const round of due) {
    try {
      await closeRound(context.db, round.organisation_id, null, round.id, run.now);
      closed += 1;
    } catch (error) {
      run.log(error, 'a reporting round past its deadline could not be closed');
    }
  }
  return closed;
}

/** Hourly: the rounds past their deadline close themselves. */
export const closeDueRoundsJob = defineJob({
  name: 'goals.closeDueRounds',
  labelKey: 'goals.jobs.closeDueRounds',
  schedule: { everyMs: 60 * 60_000 },
  run: async (context, run) => {
    await closeDueRounds(context, run);
  },
});
