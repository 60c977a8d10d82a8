import type { FastifyInstance } from 'fastify';
import { refuse } from '../../../platform/domain/refusal.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadManagedSurvey } from '../loaders.ts';
import { AdminSectionPage } from '../views/admin-section-page.tsx';

type SectionParams = { id: string; sectionId: string };

/** A section's page (adding, changing and deleting sections are actions). */
export function registerAdminSectionRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/surveys/:id/sections/:sectionId', async (request, reply) => {
    const params = request.params as SectionParams;
    const definition = await loadManagedSurvey(context, request, params.id);
    const section = definition.sections.find((candidate) => candidate.id === params.sectionId);
    if (!section) throw refuse.notFound();
    const values = { title: section.title, description: section.description };
    return renderPage(context, request, reply, <AdminSectionPage definition={definition} sectionId={section.id} values={values} />);
  });
}
