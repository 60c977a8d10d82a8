import type { Actor } from '../../../platform/authz/authz.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { Process } from '../../processes/index.ts';
import { buildReportData } from './build-report-data.ts';
import { sectionTexts } from './default-texts.ts';
import { findReport } from './find-report.ts';
import { type BuiltReport, DEFAULT_LICENCE } from './model.ts';

/** The report as it would be published now: the data built afresh and each section's current text. */
export async function buildReport(context: AppContext, actor: Actor, process: Process, timeZone: string): Promise<BuiltReport> {
  const [data, stored] = await Promise.all([
    buildReportData(context, actor, process, timeZone),
    findReport(context.db, actor.organisationId, process.id),
  ]);
  return {
    sections: sectionTexts(data, stored?.sections ?? {}, context.translator),
    data,
    licence: stored?.licence ?? DEFAULT_LICENCE,
    builtAt: context.clock.now().toISOString(),
  };
}
