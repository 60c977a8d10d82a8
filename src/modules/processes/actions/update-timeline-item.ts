import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { updateTimelineItem } from '../commands/update-timeline-item.ts';
import { itemParams, loadManagedTimelineItem, patched, timelinePageParams } from '../loaders.ts';
import { timelineItemResponseSchema } from '../presenters.ts';
import { findTimelineItemForAdmin } from '../queries/admin-timeline.ts';
import { timelineItemPatchSchema, timelineItemSchema } from '../schemas.ts';
import { processAdminPath } from '../views/admin-paths.ts';
import { timelineItemFormAgain } from './timeline-item-form.tsx';

/** Changes a timeline item: the whole form on the admin page, any subset of fields through the API (audienceBodyIds replaces the audience). */
export const updateTimelineItemAction = defineAction({
  name: 'processes.timeline.update',
  summary: 'Change a timeline item (fields left out stay as they are; audienceBodyIds replaces the audience)',
  tag: 'processes',
  input: timelineItemSchema,
  permission: 'processes.admin.list',
  load: loadManagedTimelineItem,
  run: ({ context, actor, subject, input, now }) => updateTimelineItem(context.db, actor, subject.process.id, subject.item.id, input, now),
  // The command raises the page version in its own transaction.
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'PATCH',
    url: '/processes/:slug/timeline/:id',
    params: itemParams,
    body: timelineItemPatchSchema,
    toInput: ({ subject, input }) => patched(timelineItemSchema, { ...subject.item }, input),
    response: timelineItemResponseSchema,
    present: async ({ context, request, subject }) =>
      found(await findTimelineItemForAdmin(context.db, request.organisation.id, subject.process.id, subject.item.id)),
  },
  page: {
    url: '/admin/processes/:processId/timeline/:itemId',
    params: timelinePageParams,
    form: timelineItemFormAgain,
    refusalStatus: 422,
    done: ({ subject }) => ({ to: processAdminPath(subject.process.id, 'timeline'), flash: 'processes.admin.flash.timelineSaved' }),
  },
});
