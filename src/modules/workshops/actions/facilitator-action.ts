import { z } from 'zod';
import { type Action, defineAction } from '../../../platform/actions/action.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { roomChanged } from '../live/live-registry.ts';
import { type FacilitatedRoom, loadFacilitatedRoom } from '../loaders.ts';
import type { Workshop } from '../model.ts';
import { idParamsSchema, itemParamsSchema } from '../schemas.ts';

/** What a facilitator's command gets: the room's workshop, the checked input, who acts (hiding a note is audited) and when. */
export interface FacilitatorRun<Input> {
  context: AppContext;
  workshop: Workshop;
  input: Input;
  actor: Actor;
  now: Date;
}

/** One thing the facilitator does in the room, as the console's plain form and the JSON API both do it. */
export interface FacilitatorActionSpec<Schema extends z.ZodObject, Result> {
  /** `workshops.subject.verb`. */
  name: string;
  summary: string;
  /** The console's form posts to `/admin/workshops/:id/actions/<segment>`. */
  segment: string;
  /** The whole input, as the console's form sends it (the item's id among the fields). */
  schema: Schema;
  /** The field the API's path gives as `:itemId` (the prompt, cluster or note acted on). */
  itemField?: string;
  api: { method: 'POST' | 'PATCH' | 'DELETE'; url: string; created?: boolean };
  /** Where the console's form puts the focus back after the redirect. */
  anchor: (input: z.output<Schema>) => string;
  run: (call: FacilitatorRun<z.output<Schema>>) => Promise<Result>;
}

/** The API body: the action's input without the field its path gives; none when nothing is left. */
function apiBody(schema: z.ZodObject, itemField: string | undefined): z.ZodObject | undefined {
  const body = itemField ? schema.omit({ [itemField]: true } as never) : schema;
  return Object.keys(body.shape).length > 0 ? body : undefined;
}

/**
 * Declares a facilitator's action: the room's facilitator only (401/403, 404 for a room they
 * cannot see), an ended workshop, a closed stage or a hidden note refuses it (409), and each
 * change reaches the live rooms after it commits.
 */
export function facilitatorAction<Schema extends z.ZodObject, Result>(
  spec: FacilitatorActionSpec<Schema, Result>,
): Action<{ id: string }, FacilitatedRoom, z.output<Schema>, Result> {
  const body = apiBody(spec.schema, spec.itemField);
  return defineAction({
    name: spec.name,
    summary: spec.summary,
    tag: 'workshops',
    params: idParamsSchema,
    load: ({ context, request, params }) => loadFacilitatedRoom(context, request, params.id),
    run: ({ context, subject, input, actor, now }) => spec.run({ context, workshop: subject.workshop, input, actor, now }),
    pageVersion: 'unchanged',
    after: [roomChanged],
    api: {
      method: spec.api.method,
      url: spec.api.url,
      ...(spec.itemField ? { params: itemParamsSchema } : {}),
      ...(body ? { body } : {}),
      // The body is checked by its own schema first; the whole input is the body with the path's item.
      toInput: ({ request, params }) => {
        const item = spec.itemField ? { [spec.itemField]: (params as { itemId?: string }).itemId } : {};
        return parse(spec.schema, { ...(body ? (request.body as object | undefined) : {}), ...item }) as z.output<Schema>;
      },
      ...(spec.api.created
        ? { status: 201, response: z.object({ id: z.string() }), present: (_call: unknown, result: Result) => ({ id: String(result) }) }
        : { status: 204 }),
      access: 'signed-in',
      // An ended workshop, a closed stage or a hidden note refuses the change.
      errors: [409],
    },
    page: {
      url: `/admin/workshops/:id/actions/${spec.segment}`,
      input: spec.schema as unknown as z.ZodType<z.output<Schema>>,
      done: ({ subject, input }) => ({ to: `/admin/workshops/${subject.workshop.id}#${spec.anchor(input)}` }),
    },
  });
}
