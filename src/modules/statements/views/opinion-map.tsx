import { useView } from '../../../platform/views/context.ts';
import type { OpinionGroupsSnapshot } from '../math/types.ts';
import { groupLabel } from '../model.ts';
import { GroupMarker, UNGROUPED_COLOUR } from './group-symbols.tsx';

// A small drawing area, so that on a 390 px phone the SVG is scaled down little and its
// letters stay at least 12 px (at 640 units wide they were 8–10 px); CSS caps its width.
const WIDTH = 440;
const HEIGHT = 300;
const PADDING = 28;

function scale(values: number[], size: number): (value: number) => number {
  // A loop, not Math.min(...values): a large conversation has more points than a call may take arguments.
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const span = max - min || 1;
  return (value) => Math.round((PADDING + ((value - min) / span) * (size - 2 * PADDING)) * 10) / 10;
}

/**
 * The opinion map drawn on the server as SVG: every participant as a point
 * (coloured, shaped and lettered by group; grey rings for those not grouped
 * yet), each group's letter at its centre, and the viewer's own point ringed
 * and labelled. It has a title and a description for assistive technology,
 * and the page always shows the same facts in a table.
 */
export function OpinionMap(props: { snapshot: OpinionGroupsSnapshot; viewerNumber: number | null; id: string }) {
  const view = useView();
  const { snapshot } = props;
  const points = snapshot.projections;
  if (points.length === 0) return null;
  const x = scale([...points.map((point) => point.x), ...snapshot.groups.map((group) => group.x)], WIDTH);
  const y = scale([...points.map((point) => point.y), ...snapshot.groups.map((group) => group.y)], HEIGHT);
  const groupOf = new Map<string, number>();
  for (const group of snapshot.groups) for (const member of group.members) groupOf.set(member, group.id);
  const viewer = props.viewerNumber === null ? undefined : points.find((point) => point.participantId === String(props.viewerNumber));
  const description = view.t('statements.map.description', { groups: snapshot.groups.length, participants: points.length });
  return (
    <svg
      class="opinion-map"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-description`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${props.id}-title`}>{view.t('statements.map.title')}</title>
      <desc id={`${props.id}-description`}>{description}</desc>
      <rect x="0.5" y="0.5" width={WIDTH - 1} height={HEIGHT - 1} fill="#fff" stroke="#b1b4b6" />
      <g>
        {points.map((point) => {
          const group = groupOf.get(point.participantId);
          return group === undefined ? (
            <circle
              key={point.participantId}
              cx={x(point.x)}
              cy={y(point.y)}
              r="3"
              fill="none"
              stroke={UNGROUPED_COLOUR}
              stroke-width="1"
            />
          ) : (
            <GroupMarker key={point.participantId} groupId={group} x={x(point.x)} y={y(point.y)} r={4} opacity={0.7} />
          );
        })}
      </g>
      <g>
        {snapshot.groups.map((group) => (
          <g key={group.id}>
            <GroupMarker groupId={group.id} x={x(group.x)} y={y(group.y)} r={16} />
            <text x={x(group.x)} y={y(group.y) + 6} text-anchor="middle" font-size="18" font-weight="700" fill="#fff">
              {groupLabel(group.id)}
            </text>
          </g>
        ))}
      </g>
      {viewer && (
        <g>
          <circle cx={x(viewer.x)} cy={y(viewer.y)} r="11" fill="none" stroke="#0b0c0c" stroke-width="3" />
          <text
            x={x(viewer.x) + 15}
            y={y(viewer.y) - 12}
            font-size="16"
            font-weight="700"
            fill="#0b0c0c"
            stroke="#fff"
            stroke-width="4"
            paint-order="stroke"
          >
            {view.t('statements.map.you')}
          </text>
        </g>
      )}
    </svg>
  );
}
