import { useView } from '../../../platform/views/context.ts';
import type { ProcessVisibility } from '../tables.ts';
import { VISIBILITY_LABELS } from './admin-labels.ts';

/** A process's visibility as a tag; the words carry the meaning, the border style only repeats it. */
export function VisibilityTag(props: { visibility: ProcessVisibility }) {
  const view = useView();
  return <span class={`tag tag--${props.visibility}`}>{view.t(VISIBILITY_LABELS[props.visibility])}</span>;
}
