import type { FastifyInstance, FastifyRequest } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { type SearchRequest, searchAudiencesOf, searchPage } from '../queries/search-documents.ts';
import { SEARCH_LIMITS, searchPageQuerySchema } from '../schemas.ts';
import { SearchPage } from '../views/search-page.tsx';

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A search of this visitor: their organisation, language and audiences. */
function searchOf(request: FastifyRequest, fields: Omit<SearchRequest, 'organisationId' | 'locale' | 'audiences'>): SearchRequest {
  return {
    organisationId: request.organisation.id,
    locale: request.locale,
    audiences: searchAudiencesOf(request.identity.actor),
    ...fields,
  };
}

/** The search page, /search?q=&kind=&process=&page=: anyone may search; only what the visitor may open is found. */
export function registerSearchPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(
    app,
    'GET',
    '/search',
    async (request, reply) => {
      const raw = (request.query ?? {}) as Record<string, unknown>;
      const checked = check(searchPageQuerySchema, raw);
      if (!checked.ok) {
        const { processes } = await searchPage(context, searchOf(request, { q: '', page: 1 }));
        // What was typed comes back in the field (cut to the limit), with the message at it: never a 5xx, never markup.
        const props = { q: asText(raw.q).slice(0, SEARCH_LIMITS.queryMax), kind: '', process: '', results: null, processes };
        return renderPage(context, request, reply, <SearchPage {...props} errors={checked.errors} />, 422);
      }
      const query = checked.data;
      // The hits and the processes in one statement: a process that is not public has nothing in the index.
      const { results, processes } = await searchPage(
        context,
        searchOf(request, { q: query.q, kind: query.kind, processId: query.process, page: query.page }),
      );
      const processId = processes.some((process) => process.id === query.process) ? query.process : undefined;
      return renderPage(
        context,
        request,
        reply,
        <SearchPage q={query.q} kind={query.kind ?? ''} process={processId ?? ''} results={results} processes={processes} />,
      );
    },
    { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
  );
}
