import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { deleteSection } from '../commands/delete-section.ts';
import { saveSection } from '../commands/save-section.ts';
import type { SurveyDefinition } from '../model.ts';
import { sectionSchema } from '../schemas.ts';
import { AdminSectionPage } from '../views/admin-section-page.tsx';
import { loadManagedSurvey } from './api-builder-routes.ts';

type SectionParams = { id: string; sectionId: string };

function asLocalized(value: unknown): Partial<LocalizedText> {
  return typeof value === 'object' && value !== null ? (value as Partial<LocalizedText>) : {};
}

async function saveFromForm(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  definition: SurveyDefinition,
  sectionId: string | null,
  form: Record<string, unknown>,
) {
  const checked = check(sectionSchema, form);
  if (!checked.ok) {
    const values = { title: asLocalized(form.title), description: asLocalized(form.description) };
    return renderPage(
      context,
      request,
      reply,
      <AdminSectionPage definition={definition} sectionId={sectionId} values={values} errors={checked.errors} />,
      422,
    );
  }
  await saveSection(context.db, definition, sectionId, checked.data, request.identity.user?.id ?? null, context.clock.now());
  setFlash(reply, 'surveys.admin.saved');
  return reply.redirect(`/${request.locale}/admin/surveys/${definition.survey.id}`, 303);
}

/** Adding, editing and deleting sections. */
export function registerAdminSectionRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'POST', '/admin/surveys/:id/sections', async (request, reply) => {
    const definition = await loadManagedSurvey(context, request, (request.params as SectionParams).id);
    const form = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
    const renamed = { title: form.sectionTitle, description: form.description };
    const result = await saveFromForm(context, request, reply, definition, null, renamed);
    return result;
  });

  page(app, 'GET', '/admin/surveys/:id/sections/:sectionId', async (request, reply) => {
    const params = request.params as SectionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    const section = definition.sections.find((candidate) => candidate.id === params.sectionId);
    if (!section) throw notFound();
    const values = { title: section.title, description: section.description };
    return renderPage(context, request, reply, <AdminSectionPage definition={definition} sectionId={section.id} values={values} />);
  });

  page(app, 'POST', '/admin/surveys/:id/sections/:sectionId', async (request, reply) => {
    const params = request.params as SectionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    if (!definition.sections.some((section) => section.id === params.sectionId)) throw notFound();
    const form = unflattenForm((request.body ?? {}) as Record<string, string | string[]>);
    return saveFromForm(context, request, reply, definition, params.sectionId, form);
  });

  page(app, 'POST', '/admin/surveys/:id/sections/:sectionId/delete', async (request, reply) => {
    const params = request.params as SectionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    await deleteSection(context.db, definition, params.sectionId, request.identity.user?.id ?? null, context.clock.now());
    setFlash(reply, 'surveys.admin.sectionDeleted');
    return reply.redirect(`/${request.locale}/admin/surveys/${definition.survey.id}`, 303);
  });
}
