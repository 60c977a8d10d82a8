import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../authz/authz.ts';
import type { ApiRoute, ProblemStatus } from '../http/api.ts';
import type { FieldErrors } from '../http/errors.ts';
import type { AppContext } from '../module.ts';

/** Where a call came in: a form post on a page, or the JSON API. */
export type Surface = 'page' | 'api';

/** What an action's loader gets: the parsed path parameters of either surface. */
export interface LoadCall<Params> {
  context: AppContext;
  request: FastifyRequest;
  /** The reply, for what a step must set on it (an anonymous participant's cookie); the platform sends the answer. */
  reply: FastifyReply;
  params: Params;
  /** The API's parsed query (`api.query`); undefined on pages. */
  query?: unknown;
  actor: Actor;
  now: Date;
  surface: Surface;
}

/** What an action's steps get once its subject is loaded and its input validated. */
export interface ActionCall<Params, Subject, Input> extends LoadCall<Params> {
  subject: Subject;
  input: Input;
}

/** A permission checked on the loaded subject: 401 for visitors, 403 for the signed-in (`resource` builds what the rule sees). */
export interface SubjectPermission<Params, Subject, Input> {
  permission: string;
  resource?: (call: ActionCall<Params, Subject, Input>) => unknown;
}

/**
 * Something that must happen after the use case's transaction commits: raise the page
 * version, tell a live room, send a mail. A failure is logged, never turned into an
 * error: what was saved stays saved and the user is told so.
 */
export type AfterCommit<Params, Subject, Input, Result> = (
  call: ActionCall<Params, Subject, Input>,
  result: Result,
) => Promise<void> | void;

/** One limit for both surfaces (counted separately on each), by client address unless `keyGenerator` names whom to count. */
export type ActionRateLimit = NonNullable<ApiRoute['rateLimit']>;

/** The values and errors a form page is rendered again with (422) when the input is refused. */
export interface FormState {
  /** What the user typed, unflattened (`title.fi` → `{ title: { fi } }`), to put back in the fields. */
  values: Record<string, unknown>;
  errors: FieldErrors;
}

/** The JSON API half of an action. */
export interface ApiSurface<Params, Subject, Input, Result> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under /api/v1, e.g. '/posts/:id'. */
  url: string;
  /** The API path's parameters when they differ from the action's `params` (the page may address the subject otherwise). */
  params?: z.ZodType;
  /** The API's query (a DELETE's `?confirm=true`), documented in OpenAPI and given to the steps as `query`. */
  query?: z.ZodType;
  /** Success status (200 unless given; 204 answers no body). */
  status?: number;
  /** The body when it differs from the action's `input` (a PATCH of some fields); `toInput` makes the action's input of it. */
  body?: z.ZodType;
  toInput?: (call: ActionCall<Params, Subject, unknown>) => Input | Promise<Input>;
  /** The response's schema and how the result is presented in it. */
  response?: z.ZodType;
  present?: (call: ActionCall<Params, Subject, Input>, result: Result) => unknown;
  access?: 'signed-in' | 'public';
  /** Statuses the use case answers beyond those derived (409 for a conflict). */
  errors?: readonly ProblemStatus[];
}

/** The page half of an action: a form post answered by a redirect (303, with a flash) or the form again (422). */
export interface PageSurface<Params, Subject, Input, Result> {
  /** Page path without the language prefix, e.g. '/admin/news/:id/edit'. */
  url: string;
  /** The page path's parameters when they differ from the action's `params`. */
  params?: z.ZodType;
  /** The form's fields when they differ from the API body (defaults to the action's `input`). */
  input?: z.ZodType<Input>;
  /**
   * Runs before the input is read; a path it answers (without the language prefix) is where
   * the browser goes instead (a delete without its confirmation goes back to the question).
   */
  guard?: (call: LoadCall<Params> & { subject: Subject; body: Record<string, unknown> }) => string | undefined;
  /** Renders the form again with the entered values and errors; without it, refusals show the error page. */
  form?: (call: LoadCall<Params> & { subject: Subject }, reply: FastifyReply, state: FormState, status: number) => unknown;
  /** The status the form answers on every refusal (422 when a taken slug is a field's error to fix); the refusal's own status otherwise. */
  refusalStatus?: number;
  /** The field a refusal without field errors is shown at (a taken slug at `slug`); `_` shows it above the form. */
  refusalField?: string;
  /** Where the browser goes next (a path without the language prefix) and the one-time message it shows there. */
  done?: (call: ActionCall<Params, Subject, Input>, result: Result) => { to: string; flash?: string };
  /** Answers the post itself instead of redirecting (a receipt page); one of `done` and `respond` is given. */
  respond?: (call: ActionCall<Params, Subject, Input>, result: Result) => unknown;
  /**
   * An RFC 8058 one-click endpoint (a mailing's unsubscribe): mail clients post to it without a
   * session or CSRF token, so the platform skips the CSRF check for this route only. The path's
   * token must be the whole authority, and the use case must be harmless to repeat.
   */
  oneClick?: true;
}

/**
 * One use case, declared once: what it takes, what it acts on, who may, how often, what it
 * does and what must follow. The platform serves it as a form post and as a JSON API call.
 */
export interface Action<Params = unknown, Subject = unknown, Input = unknown, Result = unknown> {
  /** `module.subject.verb`, unique across modules (e.g. `news.post.create`). */
  name: string;
  /** One line for the OpenAPI document and the module's list of use cases. */
  summary: string;
  /** The OpenAPI tag (the module's name). */
  tag: string;
  params?: z.ZodType<Params>;
  /** The input, one schema for the form (unflattened) and the JSON body; omit for an action that takes none. */
  input?: z.ZodType<Input>;
  /** Checked on the actor before anything is loaded (401/403). */
  permission?: string;
  /** Loads what the action works on; throws a not-found refusal when it is unknown, foreign or hidden. */
  load?: (call: LoadCall<Params>) => Promise<Subject> | Subject;
  /** Checked once the subject is loaded and the input validated. */
  authorize?: SubjectPermission<Params, Subject, Input>;
  rateLimit?: ActionRateLimit;
  /** The use case itself: calls the module's command, which runs its own transaction. */
  run: (call: ActionCall<Params, Subject, Input>) => Promise<Result> | Result;
  /**
   * Whether the write changes what the render cache serves (process pages, timelines, news), and
   * who moves the organisation's page version: `after-commit` (`invalidatePages` in `after`),
   * `in-command` (the command raises it as the last statement of its transaction), or
   * `unchanged` (nothing cached shows what it writes). Checked when the actions are collected
   * and by `src/page-version.test.ts`.
   */
  pageVersion: 'after-commit' | 'in-command' | 'unchanged';
  /** What follows the commit, in order; `[]` says on purpose that nothing does. */
  after: ReadonlyArray<AfterCommit<Params, Subject, Input, Result>>;
  api?: ApiSurface<Params, Subject, Input, Result>;
  page?: PageSurface<Params, Subject, Input, Result>;
}

/** Declares an action, keeping its types (`Params`, `Subject`, `Input`, `Result` are inferred). */
export function defineAction<Params = Record<string, never>, Subject = undefined, Input = undefined, Result = void>(
  action: Action<Params, Subject, Input, Result>,
): Action<Params, Subject, Input, Result> {
  return action;
}

/** An action of any types, as lists and registries hold them. */
// biome-ignore lint/suspicious/noExplicitAny: a list holds actions of many types; each is typed at its declaration
export type AnyAction = Action<any, any, any, any>;
