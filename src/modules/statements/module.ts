import { defineModule } from '../../platform/module.ts';
import { addStatementsAction } from './actions/add-statements.ts';
import { castVoteAction } from './actions/cast-vote.ts';
import { createChannelAction } from './actions/create-channel.ts';
import { moderateStatementAction } from './actions/moderate-statement.ts';
import { recomputeGroupsAction } from './actions/recompute-groups.ts';
import { submitStatementAction } from './actions/submit-statement.ts';
import { updateChannelAction } from './actions/update-channel.ts';
import { opinionGroupsJob } from './computation/opinion-groups-job.ts';
import { seedStatementsDemo } from './demo/seed-demo.ts';
import { statementsHappenings } from './happenings.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { statementPermissions } from './permissions.ts';
import { statementParticipation, statementProcessChannels } from './process-channels.ts';
import { exportStatementsPersonalData } from './queries/export-personal-data.ts';
import { statementsRetention } from './retention.ts';
import { registerAdminRoutes } from './routes/admin-routes.tsx';
import { registerApiRoutes } from './routes/api-routes.ts';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerModerationRoutes } from './routes/moderation-routes.tsx';
import { registerPublicRoutes } from './routes/public-routes.tsx';
import { registerResultsRoutes } from './routes/results-routes.tsx';
import { statementsSearchSource } from './search-source.ts';

/** Polis-style statements channels: voting, participants' statements, moderation, opinion groups and their results, Polis import and export. */
export const statementsModule = defineModule({
  name: 'statements',
  searchSources: [statementsSearchSource],
  messages: { fi, sv, en },
  happenings: statementsHappenings,
  processChannels: statementProcessChannels,
  participation: statementParticipation,
  permissions: statementPermissions,
  seedDemo: seedStatementsDemo,
  jobs: [opinionGroupsJob],
  adminLinks: [{ path: '/admin/statements', labelKey: 'statements.admin.navigation', permission: 'statements.admin.list' }],
  auditSubjects: { statement_channel: { table: 'statement_channels', title: 'question', path: (id) => `/admin/statements/${id}` } },
  actions: [
    castVoteAction,
    submitStatementAction,
    createChannelAction,
    updateChannelAction,
    addStatementsAction,
    recomputeGroupsAction,
    moderateStatementAction,
  ],
  personalData: { export: exportStatementsPersonalData },
  retention: statementsRetention,
  openData: [
    {
      name: 'statements.polis',
      summary: 'A channel in Polis’s open-data format: comments.csv, votes.csv or participants-votes.csv (with the opinion group)',
      path: '/statements/:channelId/export/:file',
      formats: ['csv'],
      access: 'statements.results.export',
    },
  ],
  routes: (app, context) => {
    registerPublicRoutes(app, context);
    registerResultsRoutes(app, context);
    registerApiRoutes(app, context);
    registerExportRoutes(app, context);
    registerAdminRoutes(app, context);
    registerModerationRoutes(app, context);
  },
});
