import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import { buildReportData } from '../report/build-report-data.ts';
import { defaultSectionText } from '../report/default-texts.ts';
import { findReport } from '../report/find-report.ts';
import type { SectionKey } from '../report/model.ts';
import { SectionFormPage } from '../views/report-editor-page.tsx';

/** A section's edit page: what was posted with its errors, else the saved text, else the generated one. */
export async function renderSectionPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  process: Process,
  section: SectionKey,
  state: { values?: Record<string, unknown> | undefined; errors?: FieldErrors | undefined } = {},
  status = 200,
) {
  let text = (state.values?.text as Partial<LocalizedText> | undefined) ?? undefined;
  if (!text) {
    const stored = await findReport(context.db, request.identity.actor.organisationId, process.id);
    text =
      stored?.sections[section] ??
      defaultSectionText(
        section,
        await buildReportData(context, request.identity.actor, process, request.organisation.timeZone),
        context.translator,
      );
  }
  return renderPage(
    context,
    request,
    reply,
    <SectionFormPage process={process} section={section} text={text} errors={state.errors} />,
    status,
  );
}
