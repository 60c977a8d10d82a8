import { defineJob } from '../../platform/jobs/job.ts';
import { listOrganisationIds } from '../organisations/index.ts';
import { reindexOrganisation } from './reindex.ts';

/**
 * Keeps the index fresh: every minute each organisation's index is brought in line with what its
 * sources list (see reindex.ts); the search asks the sources again for every hit it shows, so what
 * changed in between is at worst missing for a minute, never shown when it should not be.
 */
export const reindexJob = defineJob({
  name: 'search.reindex',
  labelKey: 'search.jobs.reindex',
  schedule: { everyMs: 60_000 },
  async run(context, run) {
    for (const organisationId of await listOrganisationIds(context.db)) {
      if (run.signal.aborted) return;
      await reindexOrganisation(context, organisationId);
    }
  },
});
