import { useView } from '../../../platform/views/context.ts';

/** A post's status as a tag whose text and border style, not colour alone, tell draft from published. */
export function StatusTag(props: { status: 'draft' | 'published' }) {
  const view = useView();
  return props.status === 'draft' ? (
    <span class="tag tag--draft">{view.t('news.status.draft')}</span>
  ) : (
    <span class="tag tag--public">{view.t('news.status.published')}</span>
  );
}
