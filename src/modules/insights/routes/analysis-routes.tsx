import type { FastifyInstance } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listContributions } from '../../contributions/index.ts';
import { listPhases } from '../../processes/index.ts';
import { keyTermFilterSchema, keyTermQuery } from '../corpus/key-term-filter.ts';
import { CORPUS_LIMIT } from '../corpus/load-corpus.ts';
import { summariseKeyTerms } from '../corpus/summarise-key-terms.ts';
import { loadAnalysedProcess } from '../loaders.ts';
import { describeFacets } from '../queries/corpus-facets.ts';
import { processParams } from '../schemas.ts';
import { KeyTermsPage, type KeyTermValues } from '../views/key-terms-page.tsx';
import { registerCompareRoute } from './compare-route.tsx';
import { registerHeatMapRoute } from './heat-map-route.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** The analysis pages: the key terms per filter over a process's contributions, a run's heat map and its comparison with another run. */
export function registerAnalysisRoutes(app: FastifyInstance, context: AppContext): void {
  registerHeatMapRoute(app, context);
  registerCompareRoute(app, context);
  page(app, 'GET', '/admin/insights/processes/:processId/terms', async (request, reply) => {
    const params = processParams.safeParse(request.params);
    const process = await loadAnalysedProcess(context, request, params.success ? params.data.processId : '', 'insights.run.view');
    const organisationId = request.identity.actor.organisationId;
    const query = keyTermQuery((request.query ?? {}) as Record<string, unknown>);
    const values: KeyTermValues = {
      channels: list(query.channels),
      languages: list(query.languages),
      phaseId: text(query.phaseId),
      source: text(query.source),
      background: text(query.background),
    };
    const rows = await listContributions(context.db, organisationId, { processId: process.id, limit: CORPUS_LIMIT });
    const [phases, facets] = await Promise.all([
      listPhases(context.db, organisationId, [process.id]),
      describeFacets(context.db, organisationId, rows, request.locale),
    ]);
    const parsed = keyTermFilterSchema.safeParse(query);
    const errors: FieldErrors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= { key: 'insights.validation.choice' };
    }
    const filter = parsed.success ? parsed.data : null;
    // Each choice is checked on its own, so every wrong field is named at once.
    const phase = phases.find((candidate) => candidate.id === values.phaseId);
    if (values.phaseId && !phase) errors.phaseId = { key: 'insights.validation.phaseUnknown' };
    const offered = (groups: Array<{ options: Array<{ value: string }> }>, value: string) =>
      value === '' || groups.some((group) => group.options.some((option) => option.value === value));
    if (!offered(facets.sources, values.source)) errors.source = { key: 'insights.validation.choice' };
    if (!offered(facets.backgrounds, values.background)) errors.background = { key: 'insights.validation.choice' };
    const valid = filter !== null && Object.keys(errors).length === 0;
    const summary = valid
      ? summariseKeyTerms(rows, {
          ...filter,
          phase: phase ? { startsOn: phase.startsOn, endsOn: phase.endsOn } : null,
          timeZone: request.organisation.timeZone,
        })
      : null;
    reply.header('cache-control', 'no-store');
    return renderPage(
      context,
      request,
      reply,
      <KeyTermsPage
        process={process}
        phases={phases.map((candidate) => ({ value: candidate.id, label: localize(candidate.title, request.locale) }))}
        facets={facets}
        values={values}
        errors={valid ? undefined : errors}
        summary={summary}
      />,
      valid ? 200 : 422,
    );
  });
}
