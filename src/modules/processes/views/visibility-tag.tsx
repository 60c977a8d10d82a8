import { useView } from '../../../platform/views/context.ts';
import type { ProcessVisibility } from '../tables.ts';

/** Marks a draft or internal process for the few who may see it; public ones need no mark. */
export function VisibilityTag(props: { visibility: ProcessVisibility }) {
  const view = useView();
  if (props.visibility === 'draft') return <span class="tag tag--draft">{view.t('processes.visibility.draft')}</span>;
  if (props.visibility === 'internal') return <span class="tag tag--internal">{view.t('processes.visibility.internal')}</span>;
  return null;
}
