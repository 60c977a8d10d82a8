import { renderMarkdown } from '../../../platform/markdown.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { StaticPage } from '../queries/find-page.ts';
import { fallbackLang } from './fallback-lang.ts';

/** A static page such as the accessibility statement or the privacy notice. */
export function StaticPageView(props: { page: StaticPage }) {
  const view = useView();
  const title = view.text(props.page.title);
  return (
    <Layout title={title}>
      <h1 lang={fallbackLang(props.page.title, view.locale)}>{title}</h1>
      <div
        class="prose"
        lang={fallbackLang(props.page.body, view.locale)}
        dangerouslySetInnerHTML={{ __html: renderMarkdown(view.text(props.page.body)) }}
      />
      <p class="meta">
        {view.t('news.page.updated')} <time dateTime={props.page.updatedAt}>{view.formatDate(props.page.updatedAt)}</time>
      </p>
    </Layout>
  );
}
