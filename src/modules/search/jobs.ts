import { defineJob } from '../../platform/jobs/job.ts';
import { listOrganisationIds } from '../organisations/index.ts';
import { reindexOrganisation } from './reindex.ts';

/**
 * Keeps the index fresh, incrementally: every minute each organisation's sources are listed again
 * when its page version moved since their last listing (or that is older than `RECHECK_MS`), and only
 * the documents of a source whose listing changed are rewritten or removed (see reindex.ts). The
 * search asks the sources again for every hit it shows, so what changed in between is at worst
 * missing for a while, never shown when it should not be.
 */
export const reindexJob = defineJob({
  name: 'search.reindex',
  labelKey: 'search.jobs.reindex',
  schedule: { everyMs: 60_000 },
  async run(context, run) {
    for (const organisationId of await listOrganisationIds(context.db)) {
      if (run.signal.aborted) return;
      await reindexOrganisation(context, organisationId, { mode: 'changed' });
    }
  },
});
