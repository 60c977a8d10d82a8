import { defineModule } from '../../platform/module.ts';
import { changeCommitmentStatusAction } from './actions/change-commitment-status.ts';
import { createRoundAction } from './actions/create-round.ts';
import { linkCommitmentObjectiveAction } from './actions/link-commitment-objective.ts';
import { openLiveAction } from './actions/open-live.ts';
import { openRecordAction } from './actions/open-record.ts';
import { saveRecordAction } from './actions/save-record.ts';
import { sendRemindersAction } from './actions/send-reminders.ts';
import { takeLiveNotesAction } from './actions/take-live-notes.ts';
import { updateRoundAction } from './actions/update-round.ts';
import { deadlineRemindersJob } from './jobs/deadline-reminders-job.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { dialoguesPermissions } from './permissions.ts';
import { dialoguesPersonalData } from './personal-data.ts';
import { dialogueProcessChannels } from './process-channels.ts';
import { registerAdminRoutes } from './routes/admin-routes.tsx';
import { registerApiRoutes } from './routes/api-routes.ts';
import { registerCoverageRoutes } from './routes/coverage-routes.tsx';
import { registerDialogueRoutes } from './routes/dialogue-routes.tsx';
import { registerResultsRoutes } from './routes/results-routes.tsx';
import { seedDialoguesDemo } from './seed-demo.ts';

/** Work-community dialogues: rounds with a guide, each work community's record and commitments, coverage. */
export const dialoguesModule = defineModule({
  name: 'dialogues',
  messages: { fi, sv, en },
  permissions: dialoguesPermissions,
  personalData: dialoguesPersonalData,
  processChannels: dialogueProcessChannels,
  seedDemo: seedDialoguesDemo,
  jobs: [deadlineRemindersJob],
  adminLinks: [{ path: '/admin/dialogues', labelKey: 'dialogues.admin.navigation', permission: 'dialogues.admin.list' }],
  auditSubjects: {
    dialogue_round: { table: 'dialogue_rounds', title: 'title', path: (id) => `/admin/dialogues/${id}` },
    dialogue_commitment: { table: 'dialogue_commitments', title: 'what' },
  },
  // Every write of the module, served as a form post and an API route by the platform.
  actions: [
    createRoundAction,
    updateRoundAction,
    openRecordAction,
    saveRecordAction,
    sendRemindersAction,
    changeCommitmentStatusAction,
    openLiveAction,
    takeLiveNotesAction,
    linkCommitmentObjectiveAction,
  ],
  // Reads only: GET pages and API reads.
  routes: (app, context) => {
    registerAdminRoutes(app, context);
    registerDialogueRoutes(app, context);
    registerCoverageRoutes(app, context);
    registerResultsRoutes(app, context);
    registerApiRoutes(app, context);
  },
});
