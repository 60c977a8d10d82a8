import type { FastifyRequest } from 'fastify';
import { refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessBySlug, loadVisibleProcess, PROCESS_SLUG_MAX_LENGTH, PROCESS_SLUG_PATTERN, type Process } from '../processes/index.ts';
import { findReport } from './report/find-report.ts';
import { type BuiltReport, SECTION_KEYS, type SectionKey } from './report/model.ts';

/** The process of a coordinator's page if the actor may do `action` with it; an unknown or foreign slug is 404. */
export async function loadCoordinatedProcess(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  request: FastifyRequest,
  slug: string,
  action: string,
): Promise<Process> {
  if (slug.length > PROCESS_SLUG_MAX_LENGTH || !PROCESS_SLUG_PATTERN.test(slug)) throw refuse.notFound();
  const process = await findProcessBySlug(context.db, request.identity.actor.organisationId, slug);
  if (!process) throw refuse.notFound();
  authorize(context.authorizer, request, action, { processId: process.id });
  return process;
}

/** A visible process's published report; an unknown, hidden or unpublished one is 404. */
export async function loadPublishedReport(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  request: FastifyRequest,
  slug: string,
): Promise<{ process: Process; report: BuiltReport; publishedAt: string }> {
  const process = await loadVisibleProcess(context, request.identity.actor, slug);
  const stored = await findReport(context.db, request.identity.actor.organisationId, process.id);
  if (!stored?.published || !stored.publishedAt) throw refuse.notFound();
  return { process, report: stored.published, publishedAt: stored.publishedAt };
}

/** The process and section of a section's edit page or save; an unknown section is 404. */
export async function loadSection(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  request: FastifyRequest,
  params: { slug: string; section: string },
): Promise<{ process: Process; section: SectionKey }> {
  const process = await loadCoordinatedProcess(context, request, params.slug, 'reports.report.edit');
  const section = SECTION_KEYS.find((key) => key === params.section);
  if (!section) throw refuse.notFound();
  return { process, section };
}
