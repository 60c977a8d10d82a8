import { defineAction } from '../../../platform/actions/action.ts';
import { saveSection } from '../commands/save-section.ts';
import { loadSection } from '../loaders.ts';
import { sectionInputSchema, sectionParamsSchema } from '../schemas.ts';
import { renderSectionPage } from './render-pages.tsx';

/** The coordinator rewrites one section's text of a process's final report (in fi, sv and en). */
export const saveSectionAction = defineAction({
  name: 'reports.section.update',
  summary: 'Replace the text of one section of a process’s final report',
  tag: 'reports',
  permission: 'reports.admin.list',
  params: sectionParamsSchema,
  input: sectionInputSchema,
  load: ({ context, request, params }) => loadSection(context, request, params),
  authorize: { permission: 'reports.report.edit', resource: ({ subject }) => ({ processId: subject.process.id }) },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: ({ context, actor, subject, input, now }) => saveSection(context.db, actor, subject.process, subject.section, input.text, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/processes/:slug/report/sections/:section', status: 204 },
  page: {
    url: '/admin/reports/:slug/sections/:section',
    form: ({ context, request, subject }, reply, state, status) =>
      renderSectionPage(context, request, reply, subject.process, subject.section, state, status),
    done: ({ subject }) => ({ to: `/admin/reports/${subject.process.slug}`, flash: 'reports.section.saved' }),
  },
});
