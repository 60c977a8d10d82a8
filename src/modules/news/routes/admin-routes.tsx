import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { manageableProcesses, renderPostForm } from '../actions/post-form.tsx';
import { loadManagedPost } from '../loaders.ts';
import { listAllPosts } from '../queries/list-all-posts.ts';
import { AdminPostsPage } from '../views/admin-posts-page.tsx';
import { emptyPostFormValues, postFormValuesOfPost } from '../views/post-form-values.ts';
import { registerNewsPageAdminRoutes } from './admin-page-routes.tsx';

const canManage = (context: AppContext, request: FastifyRequest, processId: string | null) =>
  context.authorizer.can(request.identity.actor, 'news.post.manage', { processId });

/** The news admin: the list of posts, and writing, editing and deleting them. */
export function registerNewsAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/news', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const posts = (await listAllPosts(context.db, request.organisation.id)).filter((post) => canManage(context, request, post.processId));
    const processes = new Map((await listProcessOptions(context.db, request.organisation.id)).map((process) => [process.id, process]));
    return renderPage(context, request, reply, <AdminPostsPage posts={posts} processes={processes} />);
  });

  page(app, 'GET', '/admin/news/new', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const [first] = await manageableProcesses({ context, request, actor: request.identity.actor });
    const values = emptyPostFormValues(first?.id ?? '');
    return renderPostForm({ context, request, actor: request.identity.actor }, reply, {
      mode: 'create',
      action: `/${request.locale}/admin/news/new`,
      values,
    });
  });

  page(app, 'GET', '/admin/news/:id/edit', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const post = await loadManagedPost(context, request, (request.params as { id: string }).id);
    const action = `/${request.locale}/admin/news/${post.id}/edit`;
    return renderPostForm({ context, request, actor: request.identity.actor }, reply, {
      mode: 'edit',
      action,
      values: postFormValuesOfPost(post),
    });
  });

  page(app, 'GET', '/admin/news/:id/delete', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const post = await loadManagedPost(context, request, (request.params as { id: string }).id);
    const t = (key: string, values?: Record<string, string>) => context.translator.t(request.locale, key, values);
    const title = localize(post.title, request.locale);
    return renderPage(
      context,
      request,
      reply,
      <ConfirmPage
        title={t('news.admin.deleteTitle')}
        question={t('news.admin.deleteQuestion', { title })}
        consequence={t('news.admin.deleteConsequence')}
        action={`/${request.locale}/admin/news/${post.id}/delete`}
        cancelHref={`/${request.locale}/admin/news`}
        confirmLabel={t('news.admin.deleteConfirm')}
        breadcrumbs={[{ label: t('news.admin.title'), href: `/${request.locale}/admin/news` }]}
      />,
    );
  });

  registerNewsPageAdminRoutes(app, context);
}
