import { defineModule } from '../../platform/module.ts';
import { reindexJob } from './jobs.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { reindexOrganisation } from './reindex.ts';
import { registerSearchApiRoutes } from './routes/api-routes.ts';
import { registerSearchPageRoutes } from './routes/page-routes.tsx';

/**
 * The public search: one index of what the other modules' search sources list (processes, phases,
 * news, pages, events, surveys, statements channels, published results), the page and the API.
 */
export const searchModule = defineModule({
  name: 'search',
  messages: { fi, sv, en },
  jobs: [reindexJob],
  // Last in the module list: the demo's things are all there to index.
  seedDemo: async (context, demo) => {
    if (demo.organisationId) await reindexOrganisation(context, demo.organisationId);
  },
  // Reads only: the page and the API. The index is written by the job and the command line.
  routes: (app, context) => {
    registerSearchPageRoutes(app, context);
    registerSearchApiRoutes(app, context);
  },
});
