import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { presentSearchHit, searchResultsResponseSchema } from '../presenters.ts';
import { searchAudiencesOf, searchDocuments } from '../queries/search-documents.ts';
import { searchApiQuerySchema } from '../schemas.ts';

/** The search as JSON: the same answer as the page, for anyone (only what the caller may open is found). */
export function registerSearchApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/search',
    summary: 'Search the processes, phases, news, pages, events, surveys, statements channels and results the caller may open',
    tag: 'search',
    query: searchApiQuerySchema,
    response: searchResultsResponseSchema,
    rateLimit: { max: 120, timeWindow: '1 minute' },
    handler: async ({ query, request }) => {
      const results = await searchDocuments(context, {
        organisationId: request.organisation.id,
        q: query.q,
        locale: request.locale,
        kind: query.kind,
        processId: query.process,
        audiences: searchAudiencesOf(request.identity.actor),
        page: query.cursor,
      });
      return {
        items: results.hits.map(presentSearchHit),
        nextCursor: results.page < results.pageCount ? String(results.page + 1) : null,
        total: results.total,
        more: results.more,
      };
    },
  });
}
