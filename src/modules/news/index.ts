export type { PostSubject } from './permissions.ts';
export { findPageBySlug, type StaticPage } from './queries/find-page.ts';
export { findPostById, findPostBySlug, type Post } from './queries/find-post.ts';
export { listLatestPosts, type PostSummary } from './queries/list-latest-posts.ts';
export { NEWS_LIMITS, POST_KINDS, type PostKind } from './schemas.ts';
export { embeddableVideoUrl } from './video.ts';
