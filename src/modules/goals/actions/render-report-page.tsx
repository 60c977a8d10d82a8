import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { indicatorsReportedBy } from '../commands/submit-report.ts';
import type { LoadedReportLink } from '../loaders.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import type { FormState } from '../views/form-parts.tsx';
import { ReportPage } from '../views/report-page.tsx';

/** The mailed link's page: the reporter's indicators, filled with what was posted or with the figures already reported. */
export async function renderReportPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  loaded: LoadedReportLink,
  form: FormState = {},
  status = 200,
) {
  const followUp = await loadFollowUp(context.db, request.organisation.id, loaded.process.id);
  const mine = indicatorsReportedBy(followUp, loaded.userId);
  const reported = new Map(
    followUp.actuals.filter((actual) => actual.roundId === loaded.round.id).map((actual) => [actual.indicatorId, actual]),
  );
  const values = form.values ?? {
    actual: Object.fromEntries(mine.map((indicator) => [indicator.id, reported.get(indicator.id)?.value ?? ''])),
    comment: Object.fromEntries(mine.map((indicator) => [indicator.id, reported.get(indicator.id)?.comment ?? ''])),
  };
  const rows = mine.map((indicator) => ({ indicator, target: indicator.targets.get(loaded.round.year) }));
  return renderPage(
    context,
    request,
    reply,
    <ReportPage token={token} process={loaded.process} round={loaded.round} rows={rows} form={{ values, errors: form.errors }} />,
    status,
  );
}
