import { defineModule } from '../../platform/module.ts';
import { acceptSeatAction } from './actions/accept-seat.ts';
import { addMemberAction } from './actions/add-member.ts';
import { addSectorAction } from './actions/add-sector.ts';
import { createBodyAction } from './actions/create-body.ts';
import { createPhaseAction } from './actions/create-phase.ts';
import { createProcessAction } from './actions/create-process.ts';
import { createTimelineItemAction } from './actions/create-timeline-item.ts';
import { deleteBodyAction } from './actions/delete-body.ts';
import { deletePhaseAction } from './actions/delete-phase.ts';
import { deleteProcessAction } from './actions/delete-process.ts';
import { deleteTimelineItemAction } from './actions/delete-timeline-item.ts';
import { movePhaseAction } from './actions/move-phase.ts';
import { removeMemberAction } from './actions/remove-member.ts';
import { removeSectorAction } from './actions/remove-sector.ts';
import { resendSeatInvitationAction } from './actions/resend-seat-invitation.ts';
import { setProcessVisibilityAction } from './actions/set-process-visibility.ts';
import { setSeatConsentAction } from './actions/set-seat-consent.ts';
import { updateBodyAction } from './actions/update-body.ts';
import { updateMemberAction } from './actions/update-member.ts';
import { updatePhaseAction } from './actions/update-phase.ts';
import { updateProcessAction } from './actions/update-process.ts';
import { updateTimelineItemAction } from './actions/update-timeline-item.ts';
import { eraseProcessesPersonalData, exportProcessesPersonalData } from './body-member-accounts.ts';
import adminEn from './messages/admin.en.json' with { type: 'json' };
import adminFi from './messages/admin.fi.json' with { type: 'json' };
import adminSv from './messages/admin.sv.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import seatsEn from './messages/seats.en.json' with { type: 'json' };
import seatsFi from './messages/seats.fi.json' with { type: 'json' };
import seatsSv from './messages/seats.sv.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { processPermissions } from './permissions.ts';
import { registerProcessAdminRoutes } from './routes/admin-routes.tsx';
import { registerProcessApiRoutes } from './routes/api-routes.ts';
import { registerProcessPublicRoutes } from './routes/public-routes.tsx';
import { registerSeatRoutes } from './routes/seat-routes.tsx';
import { processesSearchSource } from './search-source.ts';
import { seedProcessesDemo } from './seed-demo.ts';

/** Processes with phases, bodies and the timeline; the public story page and its admin. */
export const processesModule = defineModule({
  name: 'processes',
  searchSources: [processesSearchSource],
  messages: { fi: { ...fi, ...adminFi, ...seatsFi }, sv: { ...sv, ...adminSv, ...seatsSv }, en: { ...en, ...adminEn, ...seatsEn } },
  permissions: processPermissions,
  seedDemo: seedProcessesDemo,
  adminLinks: [{ path: '/admin/processes', labelKey: 'processes.admin.navigation', permission: 'processes.admin.list' }],
  auditSubjects: {
    process: { table: 'processes', title: 'title', path: (id) => `/admin/processes/${id}` },
    phase: { table: 'process_phases', title: 'title' },
    body: { table: 'process_bodies', title: 'name' },
    timeline_item: { table: 'timeline_items', title: 'title' },
  },
  actions: [
    createProcessAction,
    updateProcessAction,
    setProcessVisibilityAction,
    deleteProcessAction,
    createPhaseAction,
    updatePhaseAction,
    movePhaseAction,
    deletePhaseAction,
    createBodyAction,
    updateBodyAction,
    deleteBodyAction,
    addMemberAction,
    updateMemberAction,
    removeMemberAction,
    resendSeatInvitationAction,
    acceptSeatAction,
    setSeatConsentAction,
    addSectorAction,
    removeSectorAction,
    createTimelineItemAction,
    updateTimelineItemAction,
    deleteTimelineItemAction,
  ],
  personalData: { export: exportProcessesPersonalData, erase: eraseProcessesPersonalData },
  routes: async (app, context) => {
    registerProcessPublicRoutes(app, context);
    registerProcessApiRoutes(app, context);
    registerProcessAdminRoutes(app, context);
    registerSeatRoutes(app, context);
  },
});
