import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { reopenWorkshop } from '../commands/reopen-workshop.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadFacilitatedRoom } from '../loaders.ts';
import { idParamsSchema } from '../schemas.ts';

/** Opens an ended workshop again (a new code). */
export const reopenWorkshopAction = defineAction({
  name: 'workshops.workshop.reopen',
  summary: 'Opens an ended workshop again',
  tag: 'workshops',
  params: idParamsSchema,
  load: ({ context, request, params }) => loadFacilitatedRoom(context, request, params.id),
  run: ({ context, actor, subject, now }) => reopenWorkshop(context.db, actor, subject.workshop, now),
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages, roomChanged],
  api: { method: 'POST', url: '/workshops/:id/reopen', status: 204, access: 'signed-in' },
  page: {
    url: '/admin/workshops/:id/reopen',
    done: ({ subject }) => ({
      to: `/admin/workshops/${subject.workshop.id}`,
      flash: subject.workshop.kind === 'seminar' ? 'workshops.console.reopenedSeminar' : 'workshops.console.reopened',
    }),
  },
});
