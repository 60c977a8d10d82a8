import type { FastifyInstance, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { findPageById } from '../queries/find-page.ts';
import { listPages } from '../queries/list-pages.ts';
import { idFromUrl } from '../url-keys.ts';
import { AdminPagesPage } from '../views/admin-pages-page.tsx';
import { PageFormPage } from '../views/page-form-page.tsx';

/** The static pages' admin: the list and the forms to create, edit and delete (organisation admins only; the posts are actions). */
export function registerNewsPageAdminRoutes(app: FastifyInstance, context: AppContext): void {
  const findPage = async (request: FastifyRequest) => {
    authorize(context.authorizer, request, 'news.page.manage');
    return found(await findPageById(context.db, request.organisation.id, idFromUrl((request.params as { id: string }).id)));
  };

  page(app, 'GET', '/admin/news/pages', async (request, reply) => {
    authorize(context.authorizer, request, 'news.page.manage');
    return renderPage(context, request, reply, <AdminPagesPage pages={await listPages(context.db, request.organisation.id)} />);
  });

  page(app, 'GET', '/admin/news/pages/new', async (request, reply) => {
    authorize(context.authorizer, request, 'news.page.manage');
    const values = { slug: '', title: {}, body: {} };
    return renderPage(
      context,
      request,
      reply,
      <PageFormPage mode="create" action={`/${request.locale}/admin/news/pages/new`} values={values} />,
    );
  });

  page(app, 'GET', '/admin/news/pages/:id/edit', async (request, reply) => {
    const staticPage = await findPage(request);
    const action = `/${request.locale}/admin/news/pages/${staticPage.id}/edit`;
    return renderPage(context, request, reply, <PageFormPage mode="edit" action={action} values={staticPage} />);
  });

  page(app, 'GET', '/admin/news/pages/:id/delete', async (request, reply) => {
    const staticPage = await findPage(request);
    const t = (key: string, values?: Record<string, string>) => context.translator.t(request.locale, key, values);
    const listHref = `/${request.locale}/admin/news/pages`;
    return renderPage(
      context,
      request,
      reply,
      <ConfirmPage
        title={t('news.adminPages.deleteTitle')}
        question={t('news.adminPages.deleteQuestion', { title: localize(staticPage.title, request.locale) })}
        consequence={t('news.adminPages.deleteConsequence')}
        action={`${listHref}/${staticPage.id}/delete`}
        cancelHref={listHref}
        confirmLabel={t('news.adminPages.deleteConfirm')}
        breadcrumbs={[{ label: t('news.adminPages.title'), href: listHref }]}
      />,
    );
  });
}
