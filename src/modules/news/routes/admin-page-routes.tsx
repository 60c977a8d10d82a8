import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { createPage } from '../commands/create-page.ts';
import { deletePage } from '../commands/delete-page.ts';
import { updatePage } from '../commands/update-page.ts';
import { findPageById } from '../queries/find-page.ts';
import { listPages } from '../queries/list-pages.ts';
import { type PageInput, pageFormSchema } from '../schemas.ts';
import { AdminPagesPage } from '../views/admin-pages-page.tsx';
import { formLocalizedText, formText } from '../views/form-values.ts';
import { PageFormPage, type PageFormValues } from '../views/page-form-page.tsx';
import { formErrorsOf } from './form-errors.ts';
import { idFromUrl } from './url-keys.ts';

type FormFields = Record<string, string | string[]>;

/** Validates and saves a submitted page form; errors re-render it (422) with what was typed. */
async function savePageForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: { mode: 'create' | 'edit'; action: string },
  save: (input: PageInput) => Promise<unknown>,
) {
  const raw = unflattenForm((request.body ?? {}) as FormFields);
  const values: PageFormValues = { slug: formText(raw.slug), title: formLocalizedText(raw.title), body: formLocalizedText(raw.body) };
  const checked = check(pageFormSchema, raw);
  let errors = checked.ok ? null : checked.errors;
  if (checked.ok) {
    try {
      await save(checked.data);
    } catch (error) {
      errors = formErrorsOf(error);
      if (!errors) throw error;
    }
  }
  if (errors) return renderPage(context, request, reply, <PageFormPage {...form} values={values} errors={errors} />, 422);
  setFlash(reply, form.mode === 'create' ? 'news.adminPages.created' : 'news.adminPages.saved');
  return reply.redirect(`/${request.locale}/admin/news/pages`, 303);
}

/** The static pages' admin: list, create, edit and delete (organisation admins only). */
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

  page(app, 'POST', '/admin/news/pages/new', async (request, reply) => {
    authorize(context.authorizer, request, 'news.page.manage');
    const form = { mode: 'create' as const, action: `/${request.locale}/admin/news/pages/new` };
    return savePageForm(context, request, reply, form, (input) =>
      createPage(context.db, request.identity.actor, input, context.clock.now()),
    );
  });

  page(app, 'GET', '/admin/news/pages/:id/edit', async (request, reply) => {
    const staticPage = await findPage(request);
    const action = `/${request.locale}/admin/news/pages/${staticPage.id}/edit`;
    return renderPage(context, request, reply, <PageFormPage mode="edit" action={action} values={staticPage} />);
  });

  page(app, 'POST', '/admin/news/pages/:id/edit', async (request, reply) => {
    const staticPage = await findPage(request);
    const form = { mode: 'edit' as const, action: `/${request.locale}/admin/news/pages/${staticPage.id}/edit` };
    return savePageForm(context, request, reply, form, (input) =>
      updatePage(context.db, request.identity.actor, staticPage.id, input, context.clock.now()),
    );
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

  page(app, 'POST', '/admin/news/pages/:id/delete', async (request, reply) => {
    const staticPage = await findPage(request);
    if ((request.body as FormFields | undefined)?.confirm !== 'yes') {
      return reply.redirect(`/${request.locale}/admin/news/pages/${staticPage.id}/delete`, 303);
    }
    await deletePage(context.db, request.identity.actor, staticPage.id, context.clock.now());
    setFlash(reply, 'news.adminPages.deleted');
    return reply.redirect(`/${request.locale}/admin/news/pages`, 303);
  });
}
