import { localize } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';
import { renderFragment } from '../../../platform/views/fragment-cache.tsx';
import { COVERAGE_STATUSES, type CoverageStatus, type Round } from '../model.ts';
import type { Coverage } from '../queries/round-coverage.ts';
import { cellsMarkup, layoutCoverageMap, statusRuns } from './coverage-map-layout.ts';
import { STATUS_KEYS } from './labels.ts';

/** Each status's fill: a colour and, but for held, a pattern, so no status is told by colour alone. */
const FILLS: Record<CoverageStatus, string> = {
  held: '#1a7f37',
  under_way: 'url(#coverage-map-under-way)',
  not_started: '#ffffff',
  overdue: 'url(#coverage-map-overdue)',
};

/** The patterns of the statuses: under way in blue stripes, overdue in a red cross-hatch. */
function Patterns() {
  return (
    <defs>
      <pattern id="coverage-map-under-way" patternUnits="userSpaceOnUse" width="6" height="6">
        <rect width="6" height="6" fill="#d6e6f5" />
        <path d="M0,6 L6,0" stroke="#0b5fa5" stroke-width="2" />
      </pattern>
      <pattern id="coverage-map-overdue" patternUnits="userSpaceOnUse" width="6" height="6">
        <rect width="6" height="6" fill="#f6d5d3" />
        <path d="M0,0 L6,6 M6,0 L0,6" stroke="#b3261e" stroke-width="1.5" />
      </pattern>
    </defs>
  );
}

/** A status's swatch in the legend: the same fill as its squares (the patterns are defined once, before the legend). */
function Swatch(props: { status: CoverageStatus }) {
  return (
    <svg width="20" height="14" aria-hidden="true" focusable="false" class="coverage-map__swatch">
      <rect x="1" y="1" width="18" height="12" fill={FILLS[props.status]} stroke="currentColor" stroke-width="1" />
    </svg>
  );
}

/**
 * The map's content (the coordinator's, or a unit manager's own units): a block per
 * unit, a square per work community coloured and patterned by its status, as an SVG with a title and
 * a description; the legend counts each status, and the table by unit below holds the same numbers.
 */
function CoverageMapContent(props: { round: Round; coverage: Coverage }) {
  const view = useView();
  const { coverage } = props;
  const { blocks, height } = layoutCoverageMap(coverage);
  const overall = coverage.overall;
  return (
    <>
      <h2 id="coverage-map-heading">{view.t('dialogues.coverage.mapHeading')}</h2>
      <p>{view.t('dialogues.coverage.mapIntro')}</p>
      <svg width="0" height="0" aria-hidden="true" focusable="false" class="coverage-map__patterns">
        <Patterns />
      </svg>
      <ul class="coverage-map__legend">
        {COVERAGE_STATUSES.map((status) => (
          <li key={status}>
            <Swatch status={status} /> {view.t(STATUS_KEYS[status])}: {overall.byStatus[status]}
          </li>
        ))}
      </ul>
      {blocks.length > 0 && (
        <svg
          class="chart coverage-map"
          role="img"
          aria-labelledby="coverage-map-title coverage-map-description"
          width="100%"
          height={height}
        >
          <title id="coverage-map-title">
            {view.t('dialogues.coverage.mapTitle', { round: localize(props.round.title, view.locale) })}
          </title>
          <desc id="coverage-map-description">
            {view.t('dialogues.coverage.mapDescription', {
              held: overall.byStatus.held,
              underWay: overall.byStatus.under_way,
              notStarted: overall.byStatus.not_started,
              overdue: overall.byStatus.overdue,
              total: overall.total,
              units: blocks.length,
            })}
          </desc>
          {blocks.map((block) => (
            <g key={block.id} data-unit={block.id}>
              <text x="0" y={block.y + 17} font-size="15" fill="currentColor">
                {view.t('dialogues.coverage.mapUnit', {
                  unit: localize(block.name, view.locale),
                  held: block.counts.byStatus.held,
                  total: block.counts.total,
                })}
              </text>
              {statusRuns(block).map((run) => (
                <g
                  key={run.status}
                  class="coverage-map__cells"
                  data-status={run.status}
                  fill={FILLS[run.status]}
                  stroke="currentColor"
                  stroke-width="0.75"
                  // Numbers only, written by cellsMarkup: a thousand squares without an element each.
                  dangerouslySetInnerHTML={{ __html: cellsMarkup(block, run.cells) }}
                />
              ))}
            </g>
          ))}
        </svg>
      )}
      <p>{view.t('dialogues.coverage.mapTable')}</p>
    </>
  );
}

/** Rendered maps by what they show; a few rounds' maps in a few languages, emptied when full. */
const renderedMaps = new Map<string, string>();
const RENDERED_MAPS_LIMIT = 100;

/**
 * Everything the map shows: the language, the round (its title) and each top-level unit's name and
 * counts by status. The squares are ordered by status within a block and carry no names, so these
 * counts alone fix every square's place; two coverages with the same key draw the same map.
 */
function mapKey(locale: string, round: Round, coverage: Coverage): string {
  return JSON.stringify([locale, round.id, round.title, coverage.units.map((unit) => [unit.id, unit.name, unit.counts.byStatus])]);
}

/**
 * The map of the units tree by status, rendered once for what it shows (`mapKey`) and reused until
 * a count changes: on a city's thousand work communities it is most of the page's markup.
 */
export function CoverageMap(props: { round: Round; coverage: Coverage }) {
  const view = useView();
  const key = mapKey(view.locale, props.round, props.coverage);
  let html = renderedMaps.get(key);
  if (html === undefined) {
    html = renderFragment(view, <CoverageMapContent round={props.round} coverage={props.coverage} />);
    if (renderedMaps.size >= RENDERED_MAPS_LIMIT) renderedMaps.clear();
    renderedMaps.set(key, html);
  }
  // Rendered by CoverageMapContent under the shared view (no session's data), from our own escaped markup.
  return <section aria-labelledby="coverage-map-heading" dangerouslySetInnerHTML={{ __html: html }} />;
}
