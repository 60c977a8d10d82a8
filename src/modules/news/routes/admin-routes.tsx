import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { createPost } from '../commands/create-post.ts';
import { deletePost } from '../commands/delete-post.ts';
import { updatePost } from '../commands/update-post.ts';
import { listAllPosts } from '../queries/list-all-posts.ts';
import { postFormSchema } from '../schemas.ts';
import { AdminPostsPage } from '../views/admin-posts-page.tsx';
import { PostFormPage } from '../views/post-form-page.tsx';
import { emptyPostFormValues, type PostFormValues, postFormValuesOf, postFormValuesOfPost } from '../views/post-form-values.ts';
import { registerNewsPageAdminRoutes } from './admin-page-routes.tsx';
import { formErrorsOf } from './form-errors.ts';
import { findManageablePost } from './visibility.ts';

type FormFields = Record<string, string | string[]>;

const canManage = (context: AppContext, request: FastifyRequest, processId: string | null) =>
  context.authorizer.can(request.identity.actor, 'news.post.manage', { processId });

/** The processes the actor may post in, for the form's choices. */
async function manageableProcesses(context: AppContext, request: FastifyRequest) {
  const processes = await listProcessOptions(context.db, request.organisation.id);
  return processes.filter((process) => canManage(context, request, process.id));
}

type FormProps = { mode: 'create' | 'edit'; action: string; values: PostFormValues; errors?: FieldErrors };

async function renderPostForm(context: AppContext, request: FastifyRequest, reply: FastifyReply, props: FormProps, status = 200) {
  const processes = await manageableProcesses(context, request);
  return renderPage(context, request, reply, <PostFormPage {...props} processes={processes} />, status);
}

/**
 * Validates and saves a submitted post form. Invalid input, a taken slug or a
 * phase of another process re-render the form (422) with what was typed.
 */
async function savePostForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  form: Omit<FormProps, 'values' | 'errors'>,
  save: (input: ReturnType<typeof postFormSchema.parse>) => Promise<unknown>,
) {
  const raw = unflattenForm((request.body ?? {}) as FormFields);
  const values = postFormValuesOf(raw);
  const checked = check(postFormSchema, raw);
  if (!checked.ok) return renderPostForm(context, request, reply, { ...form, values, errors: checked.errors }, 422);
  authorize(context.authorizer, request, 'news.post.manage', { processId: checked.data.processId });
  try {
    await save(checked.data);
  } catch (error) {
    const errors = formErrorsOf(error);
    if (!errors) throw error;
    return renderPostForm(context, request, reply, { ...form, values, errors }, 422);
  }
  setFlash(reply, form.mode === 'create' ? 'news.admin.created' : 'news.admin.saved');
  return reply.redirect(`/${request.locale}/admin/news`, 303);
}

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
    const [first] = await manageableProcesses(context, request);
    const values = emptyPostFormValues(first?.id ?? '');
    return renderPostForm(context, request, reply, { mode: 'create', action: `/${request.locale}/admin/news/new`, values });
  });

  page(app, 'POST', '/admin/news/new', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const form = { mode: 'create' as const, action: `/${request.locale}/admin/news/new` };
    return savePostForm(context, request, reply, form, (input) =>
      createPost(context.db, request.identity.actor, input, context.clock.now()),
    );
  });

  page(app, 'GET', '/admin/news/:id/edit', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const post = await findManageablePost(context, request, (request.params as { id: string }).id);
    const action = `/${request.locale}/admin/news/${post.id}/edit`;
    return renderPostForm(context, request, reply, { mode: 'edit', action, values: postFormValuesOfPost(post) });
  });

  page(app, 'POST', '/admin/news/:id/edit', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const post = await findManageablePost(context, request, (request.params as { id: string }).id);
    const form = { mode: 'edit' as const, action: `/${request.locale}/admin/news/${post.id}/edit` };
    return savePostForm(context, request, reply, form, (input) =>
      updatePost(context.db, request.identity.actor, post.id, input, context.clock.now()),
    );
  });

  page(app, 'GET', '/admin/news/:id/delete', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const post = await findManageablePost(context, request, (request.params as { id: string }).id);
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

  page(app, 'POST', '/admin/news/:id/delete', async (request, reply) => {
    authorize(context.authorizer, request, 'news.admin.list');
    const post = await findManageablePost(context, request, (request.params as { id: string }).id);
    const body = (request.body ?? {}) as FormFields;
    if (body.confirm !== 'yes') return reply.redirect(`/${request.locale}/admin/news/${post.id}/delete`, 303);
    await deletePost(context.db, request.identity.actor, post.id, context.clock.now());
    setFlash(reply, 'news.admin.deleted');
    return reply.redirect(`/${request.locale}/admin/news`, 303);
  });

  registerNewsPageAdminRoutes(app, context);
}
