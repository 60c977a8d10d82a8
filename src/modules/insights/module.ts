import { defineModule } from '../../platform/module.ts';
import { cancelRunAction } from './actions/cancel-run.ts';
import { createThemeAction } from './actions/create-theme.ts';
import { mergeThemesAction } from './actions/merge-themes.ts';
import { moveContributionsAction } from './actions/move-contributions.ts';
import { publishRunAction } from './actions/publish-run.ts';
import { rejectCounterpartAction } from './actions/reject-counterpart.ts';
import { reopenRunAction } from './actions/reopen-run.ts';
import { restoreCounterpartAction } from './actions/restore-counterpart.ts';
import { saveCodebookAction } from './actions/save-codebook.ts';
import { setCounterpartsAction } from './actions/set-counterparts.ts';
import { splitThemeAction } from './actions/split-theme.ts';
import { startRunAction } from './actions/start-run.ts';
import { tagContributionAction } from './actions/tag-contribution.tsx';
import { undoEditAction } from './actions/undo-edit.ts';
import { updateThemeAction } from './actions/update-theme.ts';
import { themeRunsJob } from './jobs/theme-runs-job.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { insightsPermissions } from './permissions.ts';
import { processPageThemes } from './process-page-themes.tsx';
import { registerAdminRoutes } from './routes/admin-routes.tsx';
import { registerAnalysisRoutes } from './routes/analysis-routes.tsx';
import { registerPublicRoutes } from './routes/public-routes.tsx';
import { seedInsightsDemo } from './seed-demo.ts';
import './tables.ts';

/**
 * Insights: the text analysis of contributions (language, masking of personal data, sentences,
 * base forms, key terms), theme discovery over them as a background job, the analyst's pages to
 * review and publish a run's themes, and the published themes on the process's pages and API.
 */
export const insightsModule = defineModule({
  name: 'insights',
  messages: { fi, sv, en },
  permissions: insightsPermissions,
  jobs: [themeRunsJob],
  seedDemo: seedInsightsDemo,
  processPageSection: processPageThemes,
  adminLinks: [{ path: '/admin/insights', labelKey: 'insights.admin.navigation', permission: 'insights.admin.list' }],
  auditSubjects: {
    insight_theme_run: { table: 'insight_theme_runs', title: 'created_at', path: (id) => `/admin/insights/runs/${id}` },
  },
  actions: [
    startRunAction,
    cancelRunAction,
    updateThemeAction,
    publishRunAction,
    mergeThemesAction,
    splitThemeAction,
    moveContributionsAction,
    tagContributionAction,
    undoEditAction,
    reopenRunAction,
    saveCodebookAction,
    setCounterpartsAction,
    rejectCounterpartAction,
    restoreCounterpartAction,
    createThemeAction,
  ],
  openData: [
    {
      name: 'insights.themes',
      summary: 'The published themes of a process with quotes and the ids of their contributions (topic → subtopic → quotes)',
      path: '/processes/:slug/themes',
      formats: ['json'],
      access: 'public',
    },
    {
      name: 'insights.themes.csv',
      summary: 'The published themes of a process as CSV, one row per quote',
      path: '/processes/:slug/themes.csv',
      formats: ['csv'],
      access: 'public',
    },
  ],
  routes: (app, context) => {
    registerAdminRoutes(app, context);
    registerAnalysisRoutes(app, context);
    registerPublicRoutes(app, context);
  },
});
