import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { createTimelineItem } from '../commands/create-timeline-item.ts';
import { loadManagedProcess, processPageParams, slugParams } from '../loaders.ts';
import { timelineItemResponseSchema } from '../presenters.ts';
import { findTimelineItemForAdmin } from '../queries/admin-timeline.ts';
import { timelineItemSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { timelineItemFormAgain } from './timeline-item-form.tsx';

/** Adds a timeline item with its audience bodies. */
export const createTimelineItemAction = defineAction({
  name: 'processes.timeline.create',
  summary: 'Add a timeline item with its audience bodies',
  tag: 'processes',
  input: timelineItemSchema,
  permission: 'processes.admin.list',
  load: (call) => loadManagedProcess(call),
  run: ({ context, actor, subject, input, now }) => createTimelineItem(context.db, actor, subject.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes/:slug/timeline',
    params: slugParams,
    status: 201,
    response: timelineItemResponseSchema,
    present: async ({ context, request, subject }, id) =>
      found(await findTimelineItemForAdmin(context.db, request.organisation.id, subject.id, id)),
  },
  page: {
    url: '/admin/processes/:processId/timeline/new',
    params: processPageParams,
    form: timelineItemFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({ to: processAdminPath(subject.id, 'timeline'), flash: 'processes.admin.flash.timelineCreated' }),
  },
});
