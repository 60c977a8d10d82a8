import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { renderTimelineForm } from '../actions/timeline-item-form.tsx';
import { adminPageCall, loadManagedProcess, loadManagedTimelineItem } from '../loaders.ts';
import { listBodiesForAdmin } from '../queries/admin-bodies.ts';
import { listPhasesForAdmin } from '../queries/admin-phases.ts';
import { listTimelineForAdmin } from '../queries/admin-timeline.ts';
import { AdminDeletePage } from '../views/admin-delete-page.tsx';
import { processAdminPath } from '../views/admin-paths.ts';
import { timelineFormValues } from '../views/admin-timeline-form-page.tsx';
import { AdminTimelineListPage } from '../views/admin-timeline-list-page.tsx';

const TIMELINE = `/admin/processes/:processId/timeline`;

/** Admin pages of a process's timeline: list, add, edit (with audience bodies), delete (the posts are the timeline actions). */
export function registerTimelineAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', TIMELINE, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    const organisationId = request.organisation.id;
    const items = await listTimelineForAdmin(context.db, organisationId, process.id);
    const phases = await listPhasesForAdmin(context.db, organisationId, process.id);
    const bodies = await listBodiesForAdmin(context.db, organisationId, process.id);
    return renderPage(context, request, reply, <AdminTimelineListPage process={process} items={items} phases={phases} bodies={bodies} />);
  });

  page(app, 'GET', `${TIMELINE}/new`, async (request, reply) => {
    const process = await loadManagedProcess(adminPageCall(context, request));
    return renderTimelineForm(context, { request }, reply, { process, values: { datePrecision: 'day', kind: 'meeting' } });
  });

  page(app, 'GET', `${TIMELINE}/:itemId`, async (request, reply) => {
    const { process, item } = await loadManagedTimelineItem(adminPageCall(context, request));
    return renderTimelineForm(context, { request }, reply, { process, item, values: timelineFormValues(item) });
  });

  page(app, 'GET', `${TIMELINE}/:itemId/delete`, async (request, reply) => {
    const { process, item } = await loadManagedTimelineItem(adminPageCall(context, request));
    const messages = {
      title: 'processes.admin.timelineDelete.title',
      question: 'processes.admin.timelineDelete.question',
      consequence: 'processes.admin.timelineDelete.consequence',
      confirm: 'processes.admin.timelineDelete.confirm',
    };
    const path = processAdminPath(process.id, 'timeline', item.id);
    const confirm = (
      <AdminDeletePage
        process={process}
        name={item.title}
        messages={messages}
        action={`${path}/delete`}
        cancel={processAdminPath(process.id, 'timeline')}
      />
    );
    return renderPage(context, request, reply, confirm);
  });
}
