import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';
import type { Post } from '../queries/find-post.ts';
import { fallbackLang } from './fallback-lang.ts';
import { KIND_LABEL_KEYS } from './kind-label.ts';

/** A post in a list, with where it links and, on organisation-wide lists, the process it belongs to. */
export interface PostListItem {
  post: Post;
  href: string;
  processTitle?: LocalizedText | undefined;
}

/** Published posts as a list of headings with kind, date and summary (the page's h1 is above it). */
export function PostList(props: { items: PostListItem[] }) {
  const view = useView();
  return (
    <ul class="news-list">
      {props.items.map(({ post, href, processTitle }) => (
        <li key={post.id}>
          <h2>
            <a href={href} lang={fallbackLang(post.title, view.locale)}>
              {view.text(post.title)}
            </a>
          </h2>
          <p class="meta">
            <span class="tag">{view.t(KIND_LABEL_KEYS[post.kind])}</span>{' '}
            {post.publishedAt && <time dateTime={post.publishedAt}>{view.formatDate(post.publishedAt)}</time>}
            {processTitle && <span lang={fallbackLang(processTitle, view.locale)}> · {view.text(processTitle)}</span>}
          </p>
          {view.text(post.summary) && <p lang={fallbackLang(post.summary, view.locale)}>{view.text(post.summary)}</p>}
        </li>
      ))}
    </ul>
  );
}
