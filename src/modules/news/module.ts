import { defineModule } from '../../platform/module.ts';
import { createPageAction } from './actions/create-page.ts';
import { createPostAction } from './actions/create-post.ts';
import { deletePageAction } from './actions/delete-page.ts';
import { deletePostAction } from './actions/delete-post.ts';
import { putPageAction } from './actions/put-page.ts';
import { updatePageAction } from './actions/update-page.ts';
import { updatePostAction } from './actions/update-post.ts';
import { newsHappenings } from './happenings.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { newsPermissions } from './permissions.ts';
import { processPageNews } from './process-page-news.tsx';
import { registerNewsAdminRoutes } from './routes/admin-routes.tsx';
import { registerNewsApiRoutes } from './routes/api-routes.ts';
import { registerNewsFeedRoutes } from './routes/feed-routes.ts';
import { registerNewsPageRoutes } from './routes/page-routes.tsx';
import { registerNewsPublicRoutes } from './routes/public-routes.tsx';
import { newsSearchSource } from './search-source.ts';
import { seedNewsDemo } from './seed-demo.ts';

/** Blog posts, media releases, static pages and Atom feeds. */
export const newsModule = defineModule({
  name: 'news',
  searchSources: [newsSearchSource],
  messages: { fi, sv, en },
  happenings: newsHappenings,
  permissions: newsPermissions,
  seedDemo: seedNewsDemo,
  processPageSection: processPageNews,
  adminLinks: [{ path: '/admin/news', labelKey: 'news.admin.navigation', permission: 'news.admin.list' }],
  auditSubjects: {
    news_post: { table: 'news_posts', title: 'title', path: (id) => `/admin/news/${id}/edit` },
    news_page: { table: 'news_pages', title: 'title', path: (id) => `/admin/news/pages/${id}/edit` },
  },
  actions: [createPostAction, updatePostAction, deletePostAction, createPageAction, updatePageAction, deletePageAction, putPageAction],
  routes: async (app, context) => {
    registerNewsPublicRoutes(app, context);
    registerNewsPageRoutes(app, context);
    registerNewsFeedRoutes(app, context);
    registerNewsApiRoutes(app, context);
    registerNewsAdminRoutes(app, context);
  },
});
