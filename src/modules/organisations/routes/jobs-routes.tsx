import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { listJobStatuses } from '../../../platform/jobs/list-job-statuses.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { JobsPage } from '../views/jobs-page.tsx';

/** The background jobs page: every declared job, its schedule and how its last run went. */
export function registerJobsRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/jobs', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.jobs.read');
    const jobs = await listJobStatuses(context.db, context.jobs, context.clock.now());
    return renderPage(context, request, reply, <JobsPage jobs={jobs} runnerOn={context.config.jobs} />);
  });
}
