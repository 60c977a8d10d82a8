import { groupLabel } from '../model.ts';

/**
 * How each opinion group is drawn: a colour with at least 4.5:1 contrast on
 * white AND a shape AND a letter, so no group is told apart by colour alone
 * (and a black-and-white print still tells them apart).
 */
export const GROUP_STYLES = [
  { colour: '#0b4f8a', shape: 'circle' },
  { colour: '#a63d00', shape: 'square' },
  { colour: '#00703c', shape: 'triangle' },
  { colour: '#6b2c91', shape: 'diamond' },
  { colour: '#6e4a00', shape: 'cross' },
] as const;

/** Participants the computation left out (too few votes yet) are drawn as grey rings. */
export const UNGROUPED_COLOUR = '#505a5f';

/** The drawing style of a group (the palette repeats past five, which Polis never reaches). */
export function groupStyle(groupId: number) {
  return GROUP_STYLES[groupId % GROUP_STYLES.length] ?? GROUP_STYLES[0];
}

/** A group's marker centred on (x, y) with radius r. */
export function GroupMarker(props: { groupId: number; x: number; y: number; r: number; opacity?: number }) {
  const { x, y, r } = props;
  const { colour, shape } = groupStyle(props.groupId);
  const common = { fill: colour, 'fill-opacity': props.opacity ?? 1 };
  const round = (value: number) => Math.round(value * 10) / 10;
  switch (shape) {
    case 'square':
      return <rect x={round(x - r)} y={round(y - r)} width={round(2 * r)} height={round(2 * r)} {...common} />;
    case 'triangle':
      return (
        <polygon
          points={`${round(x)},${round(y - r * 1.2)} ${round(x + r * 1.1)},${round(y + r * 0.8)} ${round(x - r * 1.1)},${round(y + r * 0.8)}`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${round(x)},${round(y - r * 1.3)} ${round(x + r * 1.3)},${round(y)} ${round(x)},${round(y + r * 1.3)} ${round(x - r * 1.3)},${round(y)}`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${round(x - r)} ${round(y - r / 3)}h${round(r * 2)}v${round((r * 2) / 3)}h${round(-r * 2)}z M${round(x - r / 3)} ${round(y - r)}h${round((r * 2) / 3)}v${round(r * 2)}h${round((-r * 2) / 3)}z`}
          {...common}
        />
      );
    default:
      return <circle cx={round(x)} cy={round(y)} r={r} {...common} />;
  }
}

/** A small inline SVG of a group's marker and letter, for legends and tables (hidden from screen readers: the text says it). */
export function GroupBadge(props: { groupId: number }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false" class="group-badge">
      <GroupMarker groupId={props.groupId} x={11} y={11} r={9} />
      <text x="11" y="15" text-anchor="middle" font-size="11" font-weight="700" fill="#fff">
        {groupLabel(props.groupId)}
      </text>
    </svg>
  );
}
