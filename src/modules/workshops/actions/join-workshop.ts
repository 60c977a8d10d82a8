import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { ensureRequester } from '../access.ts';
import { joinWorkshop } from '../commands/join-workshop.ts';
import { requireJoinAccess, workshopForCode } from '../join-access.ts';
import { tellRoom } from '../live/live-registry.ts';
import { workshopOfPath } from '../loaders.ts';
import type { Workshop } from '../model.ts';
import { JOIN_RATE_LIMIT } from '../rate-limits.ts';
import { joinApiSchema, joinDetailsSchema } from '../schemas.ts';
import { renderJoinDetails } from '../views/join-render.tsx';

/** What joining takes: the code (the API's body; the page has it in its path) and the details the session asks for. */
type JoinInput = z.output<typeof joinDetailsSchema> & { code?: string };

/**
 * Joins a workshop: on the page the code is in the path (`/join/CODE`) and the details
 * are the form; through the API the body holds both. A wrong code is 404, an expired one 410.
 */
export const joinWorkshopAction = defineAction({
  name: 'workshops.workshop.join',
  summary: 'Joins a workshop with its code (no account needed); a wrong code is 404, an expired one 410',
  tag: 'workshops',
  input: joinApiSchema as z.ZodType<JoinInput>,
  load: async ({ context, request, params, surface }): Promise<Workshop | null> => {
    if (surface === 'api') return null;
    const workshop = await workshopOfPath(context, request, (params as { code?: string }).code);
    await requireJoinAccess(context, request, workshop);
    return workshop;
  },
  rateLimit: JOIN_RATE_LIMIT,
  run: async ({ context, request, reply, subject, input, now }) => {
    let workshop = subject;
    if (!workshop) {
      workshop = await workshopForCode(context, request, input.code ?? '');
      await requireJoinAccess(context, request, workshop);
    }
    const requester = ensureRequester(context, request, reply);
    const details = { displayName: input.displayName, groupId: input.groupId, accountName: request.identity.user?.displayName ?? null };
    const participantId = await joinWorkshop(context.db, workshop, requester, details, now);
    return { workshop, participantId };
  },
  pageVersion: 'unchanged',
  after: [({ context }, { workshop }) => tellRoom(context, workshop)],
  api: {
    method: 'POST',
    url: '/workshops/join',
    response: z.object({ workshopId: z.string(), participantId: z.string() }),
    present: (_call, { workshop, participantId }) => ({ workshopId: workshop.id, participantId }),
    access: 'public',
  },
  page: {
    url: '/join/:code',
    params: z.object({ code: z.string().max(200) }),
    input: joinDetailsSchema as z.ZodType<JoinInput>,
    form: ({ context, request, subject }, reply, state, status) => {
      if (!subject) throw refuse.notFound();
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const values = { displayName: text(state.values.displayName), groupId: text(state.values.groupId) };
      return renderJoinDetails(context, request, reply, subject, { values, errors: state.errors }, status);
    },
    done: (_call, { workshop }) => ({ to: `/workshops/${workshop.id}` }),
  },
});
