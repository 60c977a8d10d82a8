import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { check } from '../../../platform/http/validation.ts';
import { setFlash } from '../../../platform/views/render.tsx';
import { closeWorkshop, type OutcomeInput } from '../commands/close-workshop.ts';
import { roomChanged } from '../live/live-registry.ts';
import { loadFacilitatedState } from '../loaders.ts';
import { changeRows, postedRows, type RowChange } from '../outcome-form.ts';
import { idParamsSchema, outcomeSchema } from '../schemas.ts';
import { renderClose } from '../views/close-render.tsx';

/** The API's outcome items, or the closing form as posted (its rows may be moved or added to before anything is saved). */
interface CloseInput {
  items?: OutcomeInput[] | undefined;
  form?: Record<string, unknown>;
}

/** Closed, or (on the page) a row moved or added: the form comes back reordered and nothing is saved yet. */
type CloseResult = { closed: true } | { closed: false; change: RowChange };

/** The closing form's fields as they were posted; a seminar's rows are read and checked when it is recorded. */
const closeFormSchema = z.record(z.string(), z.unknown()).transform((form): CloseInput => ({ form }));

/** Ends a workshop (its code expires); a seminar records its agreed, ordered outcome. */
export const closeWorkshopAction = defineAction({
  name: 'workshops.workshop.close',
  summary: 'Ends a workshop (its code expires); a seminar may record its agreed, ordered outcome with items',
  tag: 'workshops',
  params: idParamsSchema,
  load: ({ context, request, params }) => loadFacilitatedState(context, request, params.id),
  run: async ({ context, actor, subject, input, now }): Promise<CloseResult> => {
    let outcome = input.items ?? null;
    if (input.form) {
      outcome = null;
      if (subject.workshop.kind === 'seminar') {
        const change = changeRows(postedRows(input.form), input.form);
        if (change) return { closed: false, change };
        const checked = check(outcomeSchema, input.form);
        if (!checked.ok) throw refuse.invalid(checked.errors);
        outcome = checked.data.items;
      }
    }
    await closeWorkshop(context.db, actor, subject.workshop, outcome, now);
    return { closed: true };
  },
  // The process page's hub lists it (platform/hub/process-channels.ts).
  pageVersion: 'after-commit',
  after: [invalidatePages, (call, result) => (result.closed ? roomChanged(call) : undefined)],
  api: {
    method: 'POST',
    url: '/workshops/:id/close',
    body: outcomeSchema.partial(),
    toInput: ({ input }) => ({ items: (input as CloseInput).items }),
    status: 204,
    access: 'signed-in',
  },
  page: {
    url: '/admin/workshops/:id/close',
    input: closeFormSchema,
    form: ({ context, request, subject }, reply, state, status) => {
      const rows = subject.workshop.kind === 'seminar' ? postedRows(state.values) : [];
      return renderClose(context, request, reply, subject.state, { rows, errors: state.errors }, status);
    },
    respond: ({ context, request, reply, subject }, result) => {
      if (!result.closed) return renderClose(context, request, reply, subject.state, result.change);
      setFlash(reply, subject.workshop.kind === 'seminar' ? 'workshops.close.closedSeminar' : 'workshops.close.closed');
      return reply.redirect(`/${request.locale}/admin/workshops/${subject.workshop.id}`, 303);
    },
  },
});
