import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { viewContextOf } from '../../../platform/views/render.tsx';
import { loadRespondedStory } from '../actions/responses-form.tsx';
import { registerXlsx } from '../export/register-xlsx.ts';
import { storyHtml } from '../export/story-html.tsx';
import { StoryPdfCache, storyPdfCaches } from '../export/story-pdf.ts';
import { loadVisibleVersion } from '../loaders.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { listCommentsOfVersions } from '../queries/list-comments.ts';
import { listResponses } from '../queries/list-responses.ts';
import { listNamedDecisions } from '../queries/named-decisions.ts';
import { processParamsSchema, versionParamsSchema } from '../schemas.ts';

/**
 * The story's downloads: a version as an accessible HTML file or as a tagged PDF printed from that file
 * (kept per version and language), and the response register as XLSX for its editors.
 */
export function registerStoryExportRoutes(app: FastifyInstance, context: AppContext): void {
  const printed = new StoryPdfCache();
  storyPdfCaches.set(context, printed);
  const loadHtml = async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = versionParamsSchema.safeParse(request.params);
    if (!parsed.success) throw notFound();
    const actor = request.identity.actor;
    const loaded = await loadVisibleVersion(context, actor, parsed.data.slug, parsed.data.number);
    const decisions = await listNamedDecisions(context.db, actor.organisationId, loaded.process.id, request.locale);
    const view = viewContextOf(request, reply, context);
    const title = view.t('story.page.title', { process: view.text(loaded.process.title) });
    const html = storyHtml(view, { ...loaded, decision: decisions.get(loaded.version.id) });
    return { ...loaded, html, title, filename: `${loaded.process.slug}-story-${loaded.version.number}-${request.locale}` };
  };

  page(app, 'GET', '/processes/:slug/story/versions/:number/download', async (request, reply) => {
    const { html, filename } = await loadHtml(request, reply);
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}.html"`)
      .send(html);
  });

  page(app, 'GET', '/processes/:slug/story/versions/:number/pdf', async (request, reply) => {
    const { version, html, title, filename } = await loadHtml(request, reply);
    const pdf = await printed.pdf(version.id, { html, title, language: request.locale });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${filename}.pdf"`)
      .send(pdf);
  });

  page(app, 'GET', '/processes/:slug/story/responses.xlsx', async (request, reply) => {
    const parsed = processParamsSchema.safeParse(request.params);
    if (!parsed.success) throw notFound();
    const actor = request.identity.actor;
    const story = await loadRespondedStory(context, actor, parsed.data.slug);
    const ids = story.versions.map((version) => version.id);
    const [comments, responses, ...blocks] = await Promise.all([
      listCommentsOfVersions(context.db, actor.organisationId, ids),
      listResponses(context.db, actor.organisationId, ids, true),
      ...story.versions.map((version) => listBlocks(context.db, actor.organisationId, version.id)),
    ]);
    const versions = story.versions.map((version, index) => ({ version, blocks: blocks[index] ?? [] }));
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${story.process.slug}-story-responses-${request.locale}.xlsx"`)
      .header('cache-control', 'no-store')
      .send(await registerXlsx({ versions, comments, responses }, context.translator, request.locale));
  });
}
