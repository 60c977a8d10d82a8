import { defineAction } from '../../../platform/actions/action.ts';
import { deleteTimelineItem } from '../commands/delete-timeline-item.ts';
import { itemParams, loadManagedTimelineItem, timelinePageParams } from '../loaders.ts';
import { processAdminPath } from '../views/admin-paths.ts';

/** Deletes a timeline item; the admin page asks first. */
export const deleteTimelineItemAction = defineAction({
  name: 'processes.timeline.delete',
  summary: 'Delete a timeline item',
  tag: 'processes',
  permission: 'processes.admin.list',
  load: loadManagedTimelineItem,
  run: ({ context, actor, subject, now }) => deleteTimelineItem(context.db, actor, subject.process.id, subject.item.id, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: { method: 'DELETE', url: '/processes/:slug/timeline/:id', params: itemParams },
  page: {
    url: '/admin/processes/:processId/timeline/:itemId/delete',
    params: timelinePageParams,
    guard: ({ subject, body }) =>
      body.confirm === 'yes' ? undefined : processAdminPath(subject.process.id, 'timeline', subject.item.id, 'delete'),
    done: ({ subject }) => ({ to: processAdminPath(subject.process.id, 'timeline'), flash: 'processes.admin.flash.timelineDeleted' }),
  },
});
