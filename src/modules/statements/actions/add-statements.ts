import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { loadManagedChannel } from '../admin-channel.ts';
import { addStatements } from '../commands/add-statements.ts';
import { addStatementsSchema } from '../schemas.ts';
import { renderChannelAdmin } from './channel-admin-page.tsx';

const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);

/** A manager adds statements to a channel, published at once. */
export const addStatementsAction = defineAction({
  name: 'statements.statement.add',
  summary: 'Add statements to a channel (published at once)',
  tag: 'statements',
  params: z.object({ id: z.string() }),
  input: addStatementsSchema,
  load: ({ context, request, params }) => loadManagedChannel(context, request, params.id, 'statements.channel.manage'),
  run: ({ context, actor, subject, input, now }) =>
    addStatements(context.db, actor, subject.channel.id, { texts: input.seedStatements, language: input.seedLanguage }, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/statements/:id/statements',
    form: ({ context, request, subject }, reply, { values, errors }, status) => {
      const addForm = { text: text(values.seedStatements, ''), language: text(values.seedLanguage, 'fi'), errors };
      return renderChannelAdmin(context, request, reply, subject, { addForm }, status);
    },
    refusalField: 'seedStatements',
    done: ({ subject }) => ({ to: `/admin/statements/${subject.channel.id}`, flash: 'statements.admin.added' }),
  },
});
