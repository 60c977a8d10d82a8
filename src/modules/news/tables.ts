/** A news post: a blog post (blogi) or a media release (mediatiedote). LT = LocalizedText JSON. */
export interface NewsPostsTable {
  id: string;
  organisation_id: string;
  process_id: string | null;
  phase_id: string | null;
  kind: 'blog' | 'media_release';
  slug: string;
  /** LT */
  title: string;
  /** LT */
  summary: string;
  /** LT, Markdown. */
  body: string;
  video_url: string | null;
  status: 'draft' | 'published';
  published_at: string | null;
  author_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A static page (e.g. the accessibility statement); LT Markdown body. */
export interface NewsPagesTable {
  id: string;
  organisation_id: string;
  slug: string;
  /** LT */
  title: string;
  /** LT, Markdown. */
  body: string;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    news_posts: NewsPostsTable;
    news_pages: NewsPagesTable;
  }
}
