import { defineAction } from '../../../platform/actions/action.ts';
import { publishReport } from '../commands/publish-report.ts';
import { openDataPackage } from '../files/open-data-package.ts';
import { loadCoordinatedProcess } from '../loaders.ts';
import { buildReport } from '../report/build-report.ts';
import { findReport } from '../report/find-report.ts';
import { slugParamsSchema } from '../schemas.ts';

/** The coordinator publishes the final report as it stands now (again, to refresh it). */
export const publishReportAction = defineAction({
  name: 'reports.report.publish',
  summary: 'Publish a process’s final report as built now: its page, API, XLSX, PDF and open data',
  tag: 'reports',
  permission: 'reports.admin.list',
  params: slugParamsSchema,
  load: ({ context, request, params }) => loadCoordinatedProcess(context, request, params.slug, 'reports.report.publish'),
  authorize: { permission: 'reports.report.publish', resource: ({ subject }) => ({ processId: subject.id }) },
  rateLimit: { max: 10, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, request, now }) =>
    publishReport(context.db, actor, subject, await buildReport(context, actor, subject, request.organisation.timeZone), now),
  pageVersion: 'unchanged',
  // The open data is built once here, from the report just published, and then served as stored.
  after: [
    async ({ context, actor, subject }) => {
      const stored = await findReport(context.db, actor.organisationId, subject.id);
      if (!stored?.published || !stored.publishedAt) return;
      await openDataPackage(context, actor.organisationId, subject, { report: stored.published, publishedAt: stored.publishedAt });
    },
  ],
  api: { method: 'POST', url: '/processes/:slug/report/publish', status: 204 },
  page: {
    url: '/admin/reports/:slug/publish',
    done: ({ subject }) => ({ to: `/admin/reports/${subject.slug}`, flash: 'reports.report.published' }),
  },
});
