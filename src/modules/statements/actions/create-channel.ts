import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { loadNewChannelProcess } from '../admin-channel.ts';
import { createChannel } from '../commands/create-channel.ts';
import { addStatementsSchema, channelSettingsSchema } from '../schemas.ts';
import { sentChannelValues } from '../views/channel-form.tsx';
import { renderNewChannel } from './channel-new-page.tsx';

const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);

/** Sets up a channel in a process (`?process=`) with its settings and first statements, published at once. */
export const createChannelAction = defineAction({
  name: 'statements.channel.create',
  summary: 'Set up a statements channel in a process',
  tag: 'statements',
  // The settings and the first statements are one form; each part reports its own fields.
  input: z.intersection(channelSettingsSchema, addStatementsSchema),
  load: ({ context, request }) => loadNewChannelProcess(context, request),
  run: ({ context, request, actor, subject, input, now }) => {
    const { seedStatements, seedLanguage, ...settings } = input;
    return createChannel(
      context.db,
      actor,
      { processId: subject.id, settings, seedStatements, seedLanguage },
      request.organisation.timeZone,
      now,
    );
  },
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages],
  page: {
    url: '/admin/statements/new',
    form: ({ context, request, subject }, reply, { values, errors }, status) => {
      const sent = {
        values: sentChannelValues(values),
        seedStatements: text(values.seedStatements, ''),
        seedLanguage: text(values.seedLanguage, 'fi'),
      };
      return renderNewChannel(context, request, reply, subject, { ...sent, errors }, status);
    },
    done: (_call, id) => ({ to: `/admin/statements/${id}`, flash: 'statements.admin.created' }),
  },
});
