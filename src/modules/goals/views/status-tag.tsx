import { useView } from '../../../platform/views/context.ts';
import type { IndicatorStatus } from '../status.ts';

const SYMBOL: Record<IndicatorStatus, string> = { 'on-track': '✓', 'at-risk': '!', 'off-track': '✗', 'no-data': '–' };

/** A status in words with a symbol (never by colour alone). */
export function StatusTag(props: { status: IndicatorStatus }) {
  const view = useView();
  return (
    <span class="tag">
      <span aria-hidden="true">{SYMBOL[props.status]} </span>
      {view.t(`goals.status.${props.status}`)}
    </span>
  );
}
