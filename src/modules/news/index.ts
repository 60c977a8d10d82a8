export { newsModule } from './module.ts';
export { listLatestPosts, type PostSummary } from './queries/list-latest-posts.ts';
