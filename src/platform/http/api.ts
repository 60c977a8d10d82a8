import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Authorizer } from '../authz/authz.ts';
import { refuse } from '../domain/refusal.ts';
import { type FieldErrors, forbidden, invalid, unauthenticated } from './errors.ts';
import { closeObjects, unknownFields } from './unknown-fields.ts';
import { check, parse } from './validation.ts';

/** The JSON API's mount point. */
export const API_PREFIX = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler receives: the parsed params, query and body. */
export interface ApiInput<Params, Query, Body> {
  params: Params;
  query: Query;
  body: Body;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * One API route: its schemas validate the input, type the handler and
 * document it in OpenAPI. `permission` is checked before the handler runs;
 * handlers that need the subject check it themselves with `authorize`.
 */
export interface ApiRoute<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Path under /api/v1 with :params, e.g. '/processes/:slug'. */
  url: string;
  summary: string;
  tag: string;
  params?: Params;
  query?: Query;
  body?: Body;
  /** A POST, PUT or PATCH that takes no input says so (a DELETE without `body` takes none). */
  noBody?: true;
  response?: Response;
  /** HTTP status of a success (200 unless given). */
  status?: number;
  /** A declared action every caller must be allowed; omit for public reads. */
  permission?: string;
  /**
   * Who may call, for the OpenAPI `security`: `signed-in` (an API token or a session)
   * or `public` (anyone; a signed-in caller may be recognised). Derived when omitted:
   * a route with a `permission` is `signed-in`, a GET is `public`; a write without a
   * permission must declare it.
   */
  access?: 'signed-in' | 'public';
  /** Error statuses the handler answers beyond those derived from the declaration (e.g. 409). */
  errors?: readonly ProblemStatus[];
  /** Per-route limit; by client address unless `keyGenerator` names whom to count (e.g. a participant cookie). */
  rateLimit?: {
    max: number | ((request: FastifyRequest, key: string) => number);
    timeWindow: string;
    keyGenerator?: (request: FastifyRequest) => string;
  };
  handler(input: ApiInput<z.output<Params>, z.output<Query>, z.output<Body>>): Promise<z.input<Response> | undefined>;
}

/** The error statuses an operation may document; every one answers problem+json. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

const PROBLEM_TITLES: Record<ProblemStatus, string> = {
  400: 'Malformed request (e.g. JSON that does not parse)',
  401: 'Sign-in needed: no valid API token or session',
  403: 'Not allowed, or a session write without a valid X-CSRF-Token header',
  404: 'Unknown, foreign or hidden',
  409: 'Conflicts with what is stored',
  410: 'Gone for good (an expired link or code)',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Invalid input: `errors` names each field',
  429: 'Too many requests',
  503: 'Not available on this server now (e.g. it cannot print PDF files): try again later',
};

const WRITE_METHODS = new Set<Method>(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who may call a route: declared, or derived from its permission and method (undefined when it cannot be). */
function accessOf(route: ApiRoute): 'signed-in' | 'public' | undefined {
  if (route.access) return route.access;
  if (route.permission) return 'signed-in';
  return WRITE_METHODS.has(route.method) ? undefined : 'public';
}

/** The OpenAPI security requirements of a route: a token, or a session (with the CSRF header on writes). */
function securityOf(route: ApiRoute) {
  const access = accessOf(route);
  if (!access) return undefined;
  const session = WRITE_METHODS.has(route.method) ? { sessionCookie: [], csrfHeader: [] } : { sessionCookie: [] };
  const signedIn = [{ bearerToken: [] }, session];
  return access === 'public' ? [{}, ...signedIn] : signedIn;
}

/** The error statuses a route may answer, derived from its declaration plus those it declares. */
function errorStatusesOf(route: ApiRoute): ProblemStatus[] {
  const statuses = new Set<ProblemStatus>(route.errors ?? []);
  const write = WRITE_METHODS.has(route.method);
  const access = accessOf(route);
  if (route.body) statuses.add(400).add(413).add(415);
  // A public write may still ask for sign-in (a staff survey or event) and always checks the session's CSRF token.
  if (access !== 'public' || write) statuses.add(401).add(403);
  if (route.params) statuses.add(404);
  if (route.params || route.query || route.body) statuses.add(422);
  if (route.rateLimit) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/** Collects API routes so the OpenAPI document is generated from the same schemas. */
export class ApiRegistry {
  private readonly routes: ApiRoute[] = [];

  constructor(private readonly authorizer: Authorizer) {}

  /** Registers a route on the app and records it for the OpenAPI document. */
  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
    app: FastifyInstance,
    route: ApiRoute<P, Q, B, R>,
  ): void {
    this.routes.push(route as unknown as ApiRoute);
    let documented: Record<string, unknown> | undefined;
    const bodySchema = () => {
      documented ??= route.body ? jsonSchemaOf(route.body, 'input') : {};
      return documented;
    };
    app.route({
      method: route.method,
      url: `${API_PREFIX}${route.url}`,
      config: route.rateLimit ? { rateLimit: route.rateLimit } : {},
      handler: async (request, reply) => {
        if (route.permission && !this.authorizer.can(request.identity.actor, route.permission)) {
          throw request.identity.user ? forbidden() : unauthenticated();
        }
        const input = {
          params: route.params ? parse(route.params, request.params) : request.params,
          query: route.query ? parse(route.query, request.query) : request.query,
          body: route.body ? parseBody(route.body, request.body ?? {}, bodySchema()) : undefined,
          request,
          reply,
        } as ApiInput<z.output<P>, z.output<Q>, z.output<B>>;
        const result = await route.handler(input);
        if (reply.sent) return reply;
        const status = route.status ?? 200;
        if (result === undefined || status === 204) return reply.status(204).send();
        return reply.status(status).header('cache-control', 'no-store').send(result);
      },
    });
  }

  /** The OpenAPI 3.1 document of every registered route. */
  openApiDocument(info: { title: string; version: string }) {
    const paths: Record<string, Record<string, unknown>> = {};
    const components = new ComponentSchemas();
    for (const route of this.routes) {
      const path = `${API_PREFIX}${route.url}`.replace(/:([a-zA-Z0-9_]+)/g, '{$1}');
      const parameters = [...objectParameters(route.params, 'path'), ...objectParameters(route.query, 'query')];
      const errorResponses = Object.fromEntries(
        errorStatusesOf(route).map((status) => [
          String(status),
          {
            description: PROBLEM_TITLES[status],
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        ]),
      );
      const successStatus = route.status ?? 200;
      const operationId = `${route.method.toLowerCase()}${path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`;
      const named = `${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}`;
      const operation: Record<string, unknown> = {
        summary: route.summary,
        tags: [route.tag],
        operationId,
        parameters,
        responses: {
          [String(successStatus)]:
            route.response && successStatus !== 204
              ? {
                  description: 'OK',
                  content: { 'application/json': { schema: components.of(route.response, 'output', `${named}Response`) } },
                }
              : { description: successStatus === 204 ? 'Done; no content' : 'OK' },
          ...errorResponses,
        },
      };
      if (route.body) {
        operation.requestBody = {
          required: true,
          content: {
            'application/json': { schema: closeObjects(components.of(route.body, 'input', `${named}Body`)) },
          },
        };
      } else if (route.noBody) {
        operation['x-no-body'] = true;
      }
      const security = securityOf(route);
      if (security) operation.security = security;
      paths[path] ??= {};
      (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = operation;
    }
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/' }],
      paths,
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token made on the account page.' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'tarina_session',
            description: 'Browser session (signing in at /fi/sign-in sets it); writes also need the X-CSRF-Token header.',
          },
          csrfHeader: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description:
              'The CSRF token of the session (the `_csrf` value of any form on its pages); needed with the session cookie on writes, not with a bearer token.',
          },
        },
        schemas: {
          ...components.schemas,
          Problem: {
            type: 'object',
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              instance: { type: 'string' },
              errors: {
                type: 'array',
                items: { type: 'object', properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
              },
            },
            required: ['type', 'title', 'status'],
          },
        },
      },
    };
  }
}

const COMPONENT_PREFIX = '#/components/schemas/';

/**
 * The named schemas of the OpenAPI document. zod writes a recursive schema (the units
 * tree) or one given an id (`.meta({ id: 'UnitNode' })`) into the schema's own `$defs`,
 * and a root that contains itself as `"$ref": "#"`; inside an OpenAPI document both
 * would point into the wrong document. They move to `components/schemas`, named by
 * their id (or after the operation when they have none), and every reference follows.
 */
class ComponentSchemas {
  readonly schemas: Record<string, unknown> = {};

  /** The JSON Schema of a zod schema with its definitions moved to components; `fallbackName` names what has no id. */
  of(schema: z.ZodType, io: 'input' | 'output', fallbackName: string): Record<string, unknown> {
    const json = jsonSchemaOf(schema, io);
    const defs = (json.$defs ?? {}) as Record<string, unknown>;
    delete json.$defs;
    const recursiveRoot = containsRef(json, '#');
    const entries: Array<[string, unknown]> = Object.entries(defs);
    if (recursiveRoot) entries.push(['#', json]);
    if (entries.length === 0) return json;
    const names = this.nameEach(entries, io, fallbackName);
    for (const [key, value] of entries) this.schemas[names[key] as string] = rewriteRefs(value, names);
    return recursiveRoot ? { $ref: `${COMPONENT_PREFIX}${names['#']}` } : (rewriteRefs(json, names) as Record<string, unknown>);
  }

  /** Picks each definition's name: its id, or the same name as an equal schema already there, or the next free one. */
  private nameEach(entries: Array<[string, unknown]>, io: 'input' | 'output', fallbackName: string) {
    const candidates = (key: string, index: number) => {
      const base = key === '#' ? fallbackName : key.startsWith('__schema') ? `${fallbackName}Part${index}` : key;
      return [base, ...(io === 'input' ? [`${base}Input`] : []), ...Array.from({ length: 20 }, (_, n) => `${base}${n + 2}`)];
    };
    const choice = entries.map(() => 0);
    const namesOf = () =>
      Object.fromEntries(entries.map(([key], index) => [key, candidates(key, index)[choice[index] as number] as string]));
    for (let round = 0; round < 25; round += 1) {
      const names = namesOf();
      const clash = entries.findIndex(([key, value]) => {
        const existing = this.schemas[names[key] as string];
        return existing !== undefined && JSON.stringify(existing) !== JSON.stringify(rewriteRefs(value, names));
      });
      if (clash < 0) return names;
      choice[clash] = (choice[clash] as number) + 1;
    }
    throw new Error(`No free component name for ${fallbackName}`);
  }
}

/** Whether a JSON Schema holds a `$ref` to exactly `target`. */
function containsRef(value: unknown, target: string): boolean {
  if (Array.isArray(value)) return value.some((item) => containsRef(item, target));
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, child]) => (key === '$ref' ? child === target : containsRef(child, target)));
}

/** A copy of a JSON Schema whose `#` and `#/$defs/<key>` references point at the named components. */
function rewriteRefs(value: unknown, names: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, names));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key !== '$ref' || typeof child !== 'string') return [key, rewriteRefs(child, names)];
      const defKey = child === '#' ? '#' : child.startsWith('#/$defs/') ? decodePointer(child.slice('#/$defs/'.length)) : undefined;
      const name = defKey === undefined ? undefined : names[defKey];
      return [key, name ? `${COMPONENT_PREFIX}${name}` : child];
    }),
  );
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The JSON Schema (draft 2020-12) of a zod schema, as the OpenAPI document and the bad-input tests read it. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(io === 'input' ? documentedInput(schema) : schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/**
 * The schema that describes a route's input. A guard that takes anything and checks it
 * before its real schema (`z.unknown().superRefine(…).pipe(schema)`, e.g. refusing
 * characters no database stores) would document as `{}`: describe what it pipes into.
 */
function documentedInput(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType; out?: z.ZodType } } })._zod.def;
  if (def.type !== 'pipe' || !def.in || !def.out) return schema;
  const inType = (def.in as unknown as { _zod: { def: { type: string } } })._zod.def.type;
  return inType === 'unknown' || inType === 'any' ? documentedInput(def.out) : schema;
}

function objectParameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/**
 * Checks an API body against its schema and refuses fields the schema does not describe
 * (`unknown-fields.ts`): 422 naming each unknown field, together with any other errors.
 */
function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown, documented: Record<string, unknown>): z.output<Schema> {
  const unknown = unknownFields(documented, body);
  const checked = check(schema, body);
  if (unknown.length === 0 && checked.ok) return checked.data;
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  for (const field of unknown) errors[field] = { key: 'platform.validation.unknownField' };
  throw invalid(errors);
}

/** Refuses as not found (404) when a looked-up thing is missing (unknown and foreign look the same). */
export function found<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw refuse.notFound();
  return value;
}

/** 422 for a list position (`cursor`) that no page of the list answered: every list refuses one, never an empty page. */
export const badCursor = () => refuse.invalid({ cursor: { key: 'platform.validation.cursor' } });

/** A cursor-paged list, as every list endpoint answers. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The query of a cursor-paged list endpoint. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
