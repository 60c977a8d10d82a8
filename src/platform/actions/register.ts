import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { whileClientWaits } from '../db/group-commit.ts';
import { Refusal } from '../domain/refusal.ts';
import { authorize } from '../http/authorize.ts';
import { clientSignal } from '../http/client-signal.ts';
import { type FieldErrors, HttpError, invalid } from '../http/errors.ts';
import { page } from '../http/paths.ts';
import { toProblem } from '../http/problems.ts';
import { check, parse, unflattenForm } from '../http/validation.ts';
import type { AppContext } from '../module.ts';
import { setFlash } from '../views/render.tsx';
import type { ActionCall, AnyAction, LoadCall, Surface } from './action.ts';
import { invalidatePages } from './effects.ts';

type FormFields = Record<string, string | string[]>;

function loadCall(context: AppContext, request: FastifyRequest, reply: FastifyReply, params: unknown, surface: Surface): LoadCall<unknown> {
  return { context, request, reply, params, actor: request.identity.actor, now: context.clock.now(), surface };
}

function authorizeSubject(action: AnyAction, call: ActionCall<unknown, unknown, unknown>): void {
  if (!action.authorize) return;
  const resource = action.authorize.resource?.(call);
  authorize(call.context.authorizer, call.request, action.authorize.permission, resource);
}

async function runAfterCommit(action: AnyAction, call: ActionCall<unknown, unknown, unknown>, result: unknown): Promise<void> {
  for (const effect of action.after) {
    try {
      await effect(call, result);
    } catch (error) {
      call.request.log.error({ err: error, action: action.name }, 'an after-commit effect failed; the change itself is saved');
    }
  }
}

/**
 * A refusal a form shows at its fields: a domain refusal or a 4xx other than "who are you"
 * (401), "not yours" (403) and "not there" (404), which the error page answers (as it does "not now", 503).
 */
function formRefusalOf(error: unknown, refusalField: string): { errors: FieldErrors; status: number } | null {
  const known = error instanceof Refusal || (error instanceof HttpError && error.status < 500);
  if (!known) return null;
  const problem = toProblem(error);
  if (problem.status === 401 || problem.status === 403 || problem.status === 404 || problem.status === 503) return null;
  const errors =
    Object.keys(problem.fieldErrors).length > 0
      ? problem.fieldErrors
      : { [refusalField]: { key: problem.messageKey, values: problem.values } };
  return { errors, status: problem.status };
}

function registerApi(app: FastifyInstance, context: AppContext, action: AnyAction): void {
  const api = action.api;
  if (!api) return;
  const body = api.body ?? action.input;
  context.api.add(app, {
    method: api.method,
    url: api.url,
    summary: action.summary,
    tag: action.tag,
    params: api.params ?? action.params,
    query: api.query,
    body,
    ...(body || api.method === 'DELETE' ? {} : { noBody: true as const }),
    response: api.response,
    status: api.status ?? (api.present ? 200 : 204),
    permission: action.permission,
    access: api.access,
    errors: api.errors,
    rateLimit: action.rateLimit,
    handler: async ({ params, query, body: parsed, request, reply }) => {
      const base = { ...loadCall(context, request, reply, params, 'api'), query };
      const subject = action.load ? await action.load(base) : undefined;
      const input = api.toInput ? await api.toInput({ ...base, subject, input: parsed }) : parsed;
      const call = { ...base, subject, input };
      authorizeSubject(action, call);
      const result = await whileClientWaits(clientSignal(reply), () => action.run(call));
      await runAfterCommit(action, call, result);
      return api.present ? api.present(call, result) : undefined;
    },
  });
}

function registerPage(app: FastifyInstance, context: AppContext, action: AnyAction): void {
  const surface = action.page;
  if (!surface) return;
  const schema = surface.input ?? action.input;
  const paramsSchema = surface.params ?? action.params;
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    if (action.permission) authorize(context.authorizer, request, action.permission);
    const params = paramsSchema ? parse(paramsSchema, request.params) : request.params;
    const base = loadCall(context, request, reply, params, 'page');
    const subject = action.load ? await action.load(base) : undefined;
    const loaded = { ...base, subject };
    const body = (request.body ?? {}) as FormFields;
    if (surface.guard) {
      const instead = surface.guard({ ...loaded, body });
      if (instead !== undefined) return reply.redirect(`/${request.locale}${instead}`, 303);
    }
    const values = unflattenForm(body);
    let input: unknown;
    if (schema) {
      const checked = check(schema, values);
      if (!checked.ok) {
        if (!surface.form) throw invalid(checked.errors);
        return surface.form(loaded, reply, { values, errors: checked.errors }, 422);
      }
      input = checked.data;
    }
    const call = { ...loaded, input };
    authorizeSubject(action, call);
    let result: unknown;
    try {
      result = await whileClientWaits(clientSignal(reply), () => action.run(call));
    } catch (error) {
      const refusal = surface.form ? formRefusalOf(error, surface.refusalField ?? '_') : null;
      if (!refusal || !surface.form) throw error;
      // What was typed comes back with the refusal, so nothing is lost to a taken slug or a closed stage.
      return surface.form(loaded, reply, { values, errors: refusal.errors }, surface.refusalStatus ?? refusal.status);
    }
    await runAfterCommit(action, call, result);
    if (surface.respond) return surface.respond(call, result);
    if (!surface.done) throw new Error(`Action ${action.name} declares neither done nor respond for its page`);
    const { to, flash } = surface.done(call, result);
    if (flash) setFlash(reply, flash);
    return reply.redirect(`/${request.locale}${to}`, 303);
  };
  const config = { ...(action.rateLimit ? { rateLimit: action.rateLimit } : {}), ...(surface.oneClick ? { oneClick: true } : {}) };
  page(app, 'POST', surface.url, handler, { config });
}

/** Serves an action on the surfaces it declares: a form post under each language and a JSON API route. */
export function registerAction(app: FastifyInstance, context: AppContext, action: AnyAction): void {
  if (!action.api && !action.page) throw new Error(`Action ${action.name} declares neither a page nor an API surface`);
  registerApi(app, context, action);
  registerPage(app, context, action);
}

/** Every module's actions, checked: each named `module.…` once, and served on a page or the API. */
export function collectActions(modules: Array<{ name: string; actions?: AnyAction[] }>): AnyAction[] {
  const seen = new Set<string>();
  for (const module of modules) {
    for (const action of module.actions ?? []) {
      if (!action.name.startsWith(`${module.name}.`))
        throw new Error(`Action ${action.name} must be named ${module.name}.<subject>.<verb>`);
      if (seen.has(action.name)) throw new Error(`Action ${action.name} is declared twice`);
      if (!action.api && !action.page) throw new Error(`Action ${action.name} declares neither a page nor an API surface`);
      const raisesAfter = action.after.includes(invalidatePages);
      if (raisesAfter !== (action.pageVersion === 'after-commit')) {
        throw new Error(`Action ${action.name}: pageVersion 'after-commit' goes with invalidatePages in after, and only with it`);
      }
      if (action.page && !action.page.done && !action.page.respond) throw new Error(`Action ${action.name}'s page needs done or respond`);
      seen.add(action.name);
    }
  }
  return modules.flatMap((module) => module.actions ?? []);
}
