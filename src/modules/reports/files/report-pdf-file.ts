import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { printPdf } from '../../../platform/pdf/print-pdf.ts';
import { viewContextOf } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import { reportPrintHtml } from '../export/report-pdf.tsx';
import type { BuiltReport } from '../report/model.ts';
import { type StoredFile, storedOrBuilt } from './stored-files.ts';

/**
 * The published report's PDF in the reader's language, printed once per publishing and language and
 * then served as stored. Without a printer (a production install has no playwright-core, or no
 * Chromium) `printPdf` throws `PrintUnavailable`, which answers 503 with its message; nothing is stored.
 */
export function reportPdfFile(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  published: { process: Process; report: BuiltReport; publishedAt: string },
): Promise<StoredFile> {
  const { process, report, publishedAt } = published;
  const key = {
    organisationId: request.identity.actor.organisationId,
    processId: process.id,
    kind: 'pdf' as const,
    variant: request.locale,
  };
  return storedOrBuilt(
    context.db,
    key,
    publishedAt,
    () => {
      const view = viewContextOf(request, reply, context);
      const title = view.t('reports.report.title', { process: view.text(report.data.process.title) });
      return printPdf({ html: reportPrintHtml(view, report, publishedAt), title, language: request.locale });
    },
    () => context.clock.now(),
  );
}
