import { defineModule } from '../../platform/module.ts';
import { closeRoundAction } from './actions/close-round.ts';
import { createGoalAction } from './actions/create-goal.ts';
import { createIndicatorAction } from './actions/create-indicator.ts';
import { createMeasureAction } from './actions/create-measure.ts';
import { createObjectiveAction } from './actions/create-objective.ts';
import { createRoundAction } from './actions/create-round.ts';
import { deleteMeasureAction } from './actions/delete-measure.ts';
import { importActualsAction } from './actions/import-actuals.ts';
import { importGoalsAction } from './actions/import-goals.ts';
import { openRoundAction } from './actions/open-round.ts';
import { recordActualAction } from './actions/record-actual.ts';
import { setGoalThemesAction } from './actions/set-goal-themes.ts';
import { setTargetAction } from './actions/set-target.ts';
import { setTraceMailAction } from './actions/set-trace-mail.ts';
import { submitReportAction } from './actions/submit-report.ts';
import { updateGoalAction } from './actions/update-goal.ts';
import { updateIndicatorAction } from './actions/update-indicator.ts';
import { updateMeasureAction } from './actions/update-measure.ts';
import { updateObjectiveAction } from './actions/update-objective.ts';
import { closeDueRoundsJob } from './jobs/close-due-rounds.ts';
import { remindReportersJob } from './jobs/remind-reporters.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { goalsPermissions } from './permissions.ts';
import { goalsPersonalData } from './personal-data.ts';
import { registerAdminRoutes } from './routes/admin-routes.tsx';
import { registerMultipart } from './routes/multipart.ts';
import { registerPublicRoutes } from './routes/public-routes.tsx';
import { registerTraceRoutes } from './routes/trace-routes.tsx';
import { seedGoalsDemo } from './seed-demo.ts';
import './tables.ts';

/**
 * Goals: a process's strategy goals (päämäärät), the units' objectives that cite them (tavoitteet),
 * indicators (mittarit) with yearly targets and the actuals of each reporting round, their status,
 * and the public follow-up.
 */
export const goalsModule = defineModule({
  name: 'goals',
  messages: { fi, sv, en },
  permissions: goalsPermissions,
  personalData: goalsPersonalData,
  seedDemo: seedGoalsDemo,
  adminLinks: [{ path: '/admin/goals', labelKey: 'goals.admin.navigation', permission: 'goals.admin.list' }],
  auditSubjects: {
    goals_goal: { table: 'goals', title: 'title', path: (id) => `/admin/goals/goals/${id}` },
    goals_objective: { table: 'goal_objectives', title: 'title', path: (id) => `/admin/goals/objectives/${id}` },
    goals_indicator: { table: 'goal_indicators', title: 'name', path: (id) => `/admin/goals/indicators/${id}` },
    goals_round: { table: 'goal_rounds', title: 'name' },
  },
  actions: [
    createGoalAction,
    updateGoalAction,
    importGoalsAction,
    setGoalThemesAction,
    setTraceMailAction,
    createRoundAction,
    openRoundAction,
    closeRoundAction,
    createObjectiveAction,
    updateObjectiveAction,
    createIndicatorAction,
    updateIndicatorAction,
    createMeasureAction,
    updateMeasureAction,
    deleteMeasureAction,
    setTargetAction,
    recordActualAction,
    importActualsAction,
    submitReportAction,
  ],
  jobs: [closeDueRoundsJob, remindReportersJob],
  openData: [
    {
      name: 'goals.followUp',
      summary: 'A process’s goals, the units’ objectives and their indicators with each period’s target, actual, comment and status',
      path: '/processes/:slug/goals',
      formats: ['json'],
      access: 'public',
    },
    {
      name: 'goals.followUp.csv',
      summary:
        'The follow-up as CSV, one row per indicator and reporting round; its columns are described at /processes/:slug/goals/dictionary',
      path: '/processes/:slug/goals.csv',
      formats: ['csv'],
      access: 'public',
    },
  ],
  routes: (app, context) => {
    registerMultipart(app);
    registerAdminRoutes(app, context);
    registerPublicRoutes(app, context);
    registerTraceRoutes(app, context);
  },
});
