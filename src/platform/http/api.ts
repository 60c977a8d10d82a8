import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Authorizer } from '../authz/authz.ts';
import { forbidden, notFound, unauthenticated } from './errors.ts';
import { parse } from './validation.ts';

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
  response?: Response;
  /** HTTP status of a success (200 unless given). */
  status?: number;
  /** A declared action every caller must be allowed; omit for public reads. */
  permission?: string;
  /** Per-route limit; by client address unless `keyGenerator` names whom to count (e.g. a participant cookie). */
  rateLimit?: {
    max: number | ((request: FastifyRequest, key: string) => number);
    timeWindow: string;
    keyGenerator?: (request: FastifyRequest) => string;
  };
  handler(input: ApiInput<z.output<Params>, z.output<Query>, z.output<Body>>): Promise<z.input<Response> | undefined>;
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
          body: route.body ? parse(route.body, request.body ?? {}) : undefined,
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
    for (const route of this.routes) {
      const path = `${API_PREFIX}${route.url}`.replace(/:([a-zA-Z0-9_]+)/g, '{$1}');
      const parameters = [...objectParameters(route.params, 'path'), ...objectParameters(route.query, 'query')];
      const operation: Record<string, unknown> = {
        summary: route.summary,
        tags: [route.tag],
        operationId: `${route.method.toLowerCase()}${path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
        parameters,
        responses: {
          [String(route.status ?? 200)]: route.response
            ? { description: 'OK', content: { 'application/json': { schema: toSchema(route.response, 'output') } } }
            : { description: 'OK' },
          default: { description: 'Error', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        },
      };
      if (route.body) {
        operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
      }
      if (route.permission) operation.security = [{ bearerToken: [] }, { sessionCookie: [] }];
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
            description: 'Browser session; writes also need the X-CSRF-Token header.',
          },
        },
        schemas: {
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

function toSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

function objectParameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/** Throws 404 when a looked-up thing is missing (unknown and foreign look the same). */
export function found<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw notFound();
  return value;
}

/** A cursor-paged list, as every list endpoint answers. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** The query of a cursor-paged list endpoint. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
