import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { loadManagedChannel } from '../admin-channel.ts';
import { updateChannel } from '../commands/update-channel.ts';
import { channelSettingsSchema } from '../schemas.ts';
import { sentChannelValues } from '../views/channel-form.tsx';
import { renderChannelAdmin } from './channel-admin-page.tsx';

/** A manager changes a channel's settings: question, audience, times, moderation, results. */
export const updateChannelAction = defineAction({
  name: 'statements.channel.update',
  summary: 'Change a statements channel’s settings',
  tag: 'statements',
  params: z.object({ id: z.string() }),
  input: channelSettingsSchema,
  load: ({ context, request, params }) => loadManagedChannel(context, request, params.id, 'statements.channel.manage'),
  run: ({ context, request, actor, subject, input, now }) =>
    updateChannel(context.db, actor, subject.channel.id, input, request.organisation.timeZone, now),
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages],
  page: {
    url: '/admin/statements/:id',
    form: ({ context, request, subject }, reply, { values, errors }, status) =>
      renderChannelAdmin(context, request, reply, subject, { values: sentChannelValues(values), errors }, status),
    done: ({ subject }) => ({ to: `/admin/statements/${subject.channel.id}`, flash: 'statements.admin.saved' }),
  },
});
