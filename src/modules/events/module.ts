import { defineModule } from '../../platform/module.ts';
import { acceptInvitationAction } from './actions/accept-invitation.ts';
import { addRegistrationAction } from './actions/add-registration.ts';
import { cancelRegistrationAction } from './actions/cancel-registration.ts';
import { checkInAction } from './actions/check-in.ts';
import { createEventAction } from './actions/create-event.ts';
import { moveRegistrationAction } from './actions/move-registration.ts';
import { registerAction } from './actions/register.ts';
import { removeRegistrationAction } from './actions/remove-registration.ts';
import { resendRegistrationLinkAction } from './actions/resend-registration-link.ts';
import { sendInvitationsAction } from './actions/send-invitations.ts';
import { updateEventAction } from './actions/update-event.ts';
import { updateRegistrationSettingsAction } from './actions/update-registration-settings.ts';
import { eraseEventsPersonalData } from './commands/erase-personal-data.ts';
import { eventsHappenings } from './happenings.ts';
import { eventJobs } from './jobs/event-jobs.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { eventPermissions } from './permissions.ts';
import { eventParticipation, eventProcessChannels } from './process-channels.ts';
import { exportEventsPersonalData } from './queries/export-personal-data.ts';
import { listTimelineEventLinks } from './queries/list-timeline-event-links.ts';
import { eventsRetention } from './retention.ts';
import { registerAdminCheckInRoutes } from './routes/admin-check-in-routes.tsx';
import { registerAdminEventRoutes } from './routes/admin-event-routes.tsx';
import { registerAdminInvitationRoutes } from './routes/admin-invitation-routes.tsx';
import { registerAdminRegistrationRoutes } from './routes/admin-registration-routes.tsx';
import { registerAdminSettingsRoutes } from './routes/admin-settings-routes.tsx';
import { registerCalendarRoutes } from './routes/calendar-routes.ts';
import { registerEventApi } from './routes/event-api.ts';
import { registerEventPageRoutes } from './routes/event-page-routes.tsx';
import { registerListPageRoutes } from './routes/list-page-routes.tsx';
import { registerRegistrationApi } from './routes/registration-api.ts';
import { registerRegistrationExportRoutes } from './routes/registration-export-routes.ts';
import { registerRegistrationPageRoutes } from './routes/registration-page-routes.tsx';
import { eventsSearchSource } from './search-source.ts';
import { seedEventsDemo } from './seed-demo.ts';

/** Events of a process: registration with quotas and waitlists, invitations, check-in, calendars and mails. */
export const eventsModule = defineModule({
  name: 'events',
  searchSources: [eventsSearchSource],
  messages: { fi, sv, en },
  happenings: eventsHappenings,
  processChannels: eventProcessChannels,
  participation: eventParticipation,
  permissions: eventPermissions,
  seedDemo: seedEventsDemo,
  jobs: eventJobs,
  adminLinks: [{ path: '/admin/events', labelKey: 'events.admin.navigation', permission: 'events.admin.list' }],
  auditSubjects: { event: { table: 'events', title: 'title', path: (id) => `/admin/events/${id}/edit` } },
  timelineLinks: async (context, organisationId, processId) => {
    const events = await listTimelineEventLinks(context.db, organisationId, processId);
    return new Map([...events].map(([itemId, eventId]) => [itemId, { path: `/events/${eventId}`, labelKey: 'events.timeline.link' }]));
  },
  actions: [
    createEventAction,
    updateEventAction,
    updateRegistrationSettingsAction,
    sendInvitationsAction,
    registerAction,
    acceptInvitationAction,
    resendRegistrationLinkAction,
    cancelRegistrationAction,
    addRegistrationAction,
    moveRegistrationAction,
    removeRegistrationAction,
    checkInAction,
  ],
  personalData: { export: exportEventsPersonalData, erase: eraseEventsPersonalData },
  retention: eventsRetention,
  routes: async (app, context) => {
    registerListPageRoutes(app, context);
    registerEventPageRoutes(app, context);
    registerRegistrationPageRoutes(app, context);
    registerAdminEventRoutes(app, context);
    registerAdminSettingsRoutes(app, context);
    registerAdminRegistrationRoutes(app, context);
    registerAdminInvitationRoutes(app, context);
    registerAdminCheckInRoutes(app, context);
    registerEventApi(app, context);
    registerRegistrationApi(app, context);
    registerRegistrationExportRoutes(app, context);
    registerCalendarRoutes(app, context);
  },
});
