import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { page } from '../../../platform/http/paths.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listContributions } from '../../contributions/index.ts';
import { listPhases, type Process } from '../../processes/index.ts';
import { type HeatMapAxis, heatMapPeople } from '../corpus/heat-map-people.ts';
import { CORPUS_LIMIT } from '../corpus/load-corpus.ts';
import { loadRun } from '../loaders.ts';
import type { ThemeRun } from '../model.ts';
import { describeFacets } from '../queries/corpus-facets.ts';
import { listRunMemberships } from '../queries/list-run-memberships.ts';
import { listRunThemes } from '../queries/list-run-themes.ts';
import { runParams } from '../schemas.ts';
import { themeGroupHeatMap } from '../themes/heat-map.ts';
import { HeatMapPage } from '../views/heat-map-page.tsx';

/** The axis in the address: `channel`, `phase`, or `background:<question code>`. */
const heatMapQuery = z.object({ by: z.string().max(200).default('channel') });

/** Cells of fewer people are hidden where background groups are crossed (the issue's rule, `themeGroupHeatMap`'s default). */
export const HEAT_MAP_MINIMUM_PEOPLE = 5;

/** The columns offered, the one chosen (null: not one of them), and the run's people on it. */
async function loadHeatMap(context: AppContext, request: FastifyRequest, loaded: { run: ThemeRun; process: Process }, by: string) {
  const organisationId = request.identity.actor.organisationId;
  const t = (key: string) => context.translator.t(request.locale, key);
  const themes = await listRunThemes(context.db, organisationId, loaded.run.id);
  const memberships = await listRunMemberships(
    context.db,
    organisationId,
    loaded.run.id,
    themes.map((theme) => theme.id),
  );
  const inRun = new Set(memberships.map((membership) => membership.contributionId));
  const all = await listContributions(context.db, organisationId, { processId: loaded.process.id, limit: CORPUS_LIMIT });
  const rows = all.filter((row) => inRun.has(row.id));
  const facets = await describeFacets(context.db, organisationId, rows, request.locale);
  const phases = await listPhases(context.db, organisationId, [loaded.process.id]);
  const axes = [
    { value: 'channel', label: t('insights.heatMap.channel') },
    ...(phases.length > 0 ? [{ value: 'phase', label: t('insights.heatMap.phase') }] : []),
    ...facets.backgrounds.map((group) => ({
      value: `background:${group.key}`,
      label: `${t(`insights.background.${group.kind}`)}: ${group.label}`,
    })),
  ];
  const axis: HeatMapAxis | null =
    by === 'channel'
      ? { kind: 'channel' }
      : by === 'phase' && phases.length > 0
        ? { kind: 'phase', phases, timeZone: request.organisation.timeZone }
        : by.startsWith('background:') && axes.some((candidate) => candidate.value === by)
          ? { kind: 'background', questionCode: by.slice('background:'.length) }
          : null;
  const options = axis?.kind === 'background' ? (facets.backgrounds.find((group) => group.key === axis.questionCode)?.options ?? []) : [];
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  const people = axis ? heatMapPeople(memberships, rows, axis) : [];
  const order = axis?.kind === 'phase' ? phases.map((phase) => phase.id) : [...labelOf.keys()];
  const rank = (group: string) => (order.includes(group) ? order.indexOf(group) : order.length);
  const groups = [...new Set(people.flatMap((person) => (person.group === null ? [] : [person.group])))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const groupLabel = (group: string) => {
    if (axis?.kind === 'channel') return t(`insights.channel.${group}`);
    if (axis?.kind === 'phase') {
      const phase = phases.find((candidate) => candidate.id === group);
      return phase ? localize(phase.title, request.locale) : group;
    }
    const [code = '', values = ''] = group.split('=');
    return values
      .split('+')
      .map((value) => labelOf.get(`${code}=${value}`) ?? value)
      .join(' + ');
  };
  return { themes, axes, axis, people, groups, groupLabels: groups.map(groupLabel) };
}

/** The heat map of a run's themes by the channel or a background question. */
export function registerHeatMapRoute(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/insights/runs/:runId/heat-map', async (request, reply) => {
    const params = runParams.safeParse(request.params);
    const loaded = await loadRun(context, request, params.success ? params.data.runId : '', 'insights.run.view');
    const query = heatMapQuery.safeParse(request.query ?? {});
    const by = query.success ? query.data.by : '';
    const { themes, axes, axis, people, groups, groupLabels } = await loadHeatMap(context, request, loaded, by);
    const suppressing = axis?.kind === 'background';
    const minimumPeople = suppressing ? HEAT_MAP_MINIMUM_PEOPLE : 0;
    const heatMap = axis ? themeGroupHeatMap(people, { themeCount: themes.length, groups, minimumPeople }) : null;
    reply.header('cache-control', 'no-store');
    return renderPage(
      context,
      request,
      reply,
      <HeatMapPage
        process={loaded.process}
        run={loaded.run}
        axes={axes}
        by={by}
        errors={axis ? undefined : { by: { key: 'insights.validation.choice' } }}
        themes={themes.map((theme) => localize(theme.label, request.locale))}
        groupLabels={groupLabels}
        heatMap={heatMap}
        suppressing={suppressing}
        byPhase={axis?.kind === 'phase'}
      />,
      axis ? 200 : 422,
    );
  });
}
