import { defineJob, type JobRun } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessById } from '../../processes/index.ts';
import { claimRoundReminder, listRoundsToRemind } from '../commands/remind-reporters.ts';
import { mailReportLinks } from '../report-mail.ts';

/** The origin of links in the job's mail: PUBLIC_URL, else this host on the configured port. */
function originOf(config: { publicUrl: string | null; port: number }): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/$/, '');
}

/**
 * Reminds the reporters who have not yet given all their figures, a few days before a round's due
 * day, each with a new personal link to their form. Once per round, whatever the runs or processes.
 * Answers how many rounds were reminded.
 */
export async function remindReporters(
  context: Pick<AppContext, 'db' | 'config' | 'translator' | 'mailer' | 'accountLookups'>,
  run: Pick<JobRun, 'now' | 'log'>,
): Promise<number> {
  let reminded = 0;
  for (const row of await listRoundsToRemind(context.db, run.now)) {
    try {
      const claimed = await claimRoundReminder(context.db, row.organisation_id, row.id, run.now);
      if (!claimed) continue;
      reminded += 1;
      const process = await findProcessById(context.db, claimed.organisationId, claimed.round.processId);
      if (!process || claimed.links.length === 0) continue;
      await mailReportLinks(
        context,
        { origin: originOf(context.config), organisationId: claimed.organisationId, log: run.log },
        { round: claimed.round, process },
        claimed.links,
        'reminderMail',
      );
    } catch (error) {
      run.log(error, 'the reporters of a reporting round could not be reminded');
    }
  }
  return reminded;
}

/** Hourly: reporters missing figures are reminded as a round's due day nears. */
export const remindReportersJob = defineJob({
  name: 'goals.remindReporters',
  labelKey: 'goals.jobs.remindReporters',
  schedule: { everyMs: 60 * 60_000 },
  run: async (context, run) => {
    await remindReporters(context, run);
  },
});
