import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { canPrintPdf } from '../../../platform/pdf/print-pdf.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { renderSectionPage } from '../actions/render-pages.tsx';
import { reportXlsx } from '../export/report-xlsx.ts';
import { reportPdfFile } from '../files/report-pdf-file.ts';
import { sendStoredFile } from '../files/send-stored-file.ts';
import { loadCoordinatedProcess, loadPublishedReport, loadSection } from '../loaders.ts';
import { buildReport } from '../report/build-report.ts';
import { findReport } from '../report/find-report.ts';
import { sectionParamsSchema, slugParamsSchema } from '../schemas.ts';
import { AdminListPage } from '../views/admin-list-page.tsx';
import { ReportEditorPage } from '../views/report-editor-page.tsx';
import { ReportPage } from '../views/report-page.tsx';

/** The coordinator's report pages and the published report as a page, XLSX and PDF. */
export function registerReportRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/reports', async (request, reply) => {
    authorize(context.authorizer, request, 'reports.admin.list');
    const actor = request.identity.actor;
    const processes = (await listProcessOptions(context.db, actor.organisationId)).filter((process) =>
      context.authorizer.can(actor, 'reports.participation.view', { processId: process.id }),
    );
    return renderPage(context, request, reply, <AdminListPage processes={processes} />);
  });

  page(app, 'GET', '/admin/reports/:slug', async (request, reply) => {
    const { slug } = parse(slugParamsSchema, request.params);
    const process = await loadCoordinatedProcess(context, request, slug, 'reports.report.edit');
    const actor = request.identity.actor;
    const [draft, stored] = await Promise.all([
      buildReport(context, actor, process, request.organisation.timeZone),
      findReport(context.db, actor.organisationId, process.id),
    ]);
    return renderPage(
      context,
      request,
      reply,
      <ReportEditorPage process={process} draft={draft} publishedAt={stored?.publishedAt ?? null} canPrint={await canPrintPdf()} />,
    );
  });

  page(app, 'GET', '/admin/reports/:slug/sections/:section', async (request, reply) => {
    const { process, section } = await loadSection(context, request, parse(sectionParamsSchema, request.params));
    return renderSectionPage(context, request, reply, process, section);
  });

  page(app, 'GET', '/processes/:slug/report', async (request, reply) => {
    const { slug } = parse(slugParamsSchema, request.params);
    const { report, publishedAt } = await loadPublishedReport(context, request, slug);
    return renderPage(context, request, reply, <ReportPage report={report} publishedAt={publishedAt} canPrint={await canPrintPdf()} />);
  });

  page(app, 'GET', '/processes/:slug/report.xlsx', async (request, reply) => {
    const { slug } = parse(slugParamsSchema, request.params);
    const { process, report } = await loadPublishedReport(context, request, slug);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${process.slug}-report-${request.locale}.xlsx"`)
      .send(await reportXlsx(report, context.translator, request.locale));
  });

  page(app, 'GET', '/processes/:slug/report.pdf', async (request, reply) => {
    const { slug } = parse(slugParamsSchema, request.params);
    const published = await loadPublishedReport(context, request, slug);
    const { process } = published;
    const file = await reportPdfFile(context, request, reply, published);
    return sendStoredFile(request, reply, file, {
      contentType: 'application/pdf',
      filename: `${process.slug}-report-${request.locale}.pdf`,
    });
  });
}
