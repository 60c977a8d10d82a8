import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import { listContributionTags, setContributionTags } from '../commands/edits/tag-contribution.ts';
import { loadRun } from '../loaders.ts';
import type { ThemeRun } from '../model.ts';
import { listRunThemes } from '../queries/list-run-themes.ts';
import { listContributionSentences } from '../queries/theme-workbench.ts';
import { contributionParams, contributionTagsSchema } from '../schemas.ts';
import { ContributionPage } from '../views/contribution-page.tsx';

/** A contribution of a run, with its sentences: unknown, foreign, or not read by the run answer 404. */
export async function loadRunContribution(
  context: AppContext,
  request: FastifyRequest,
  params: { runId: string; contributionId: string },
  permission: 'insights.run.view' | 'insights.contribution.tag',
) {
  const loaded = await loadRun(context, request, params.runId, permission);
  const sentences = await listContributionSentences(
    context.db,
    request.identity.actor.organisationId,
    loaded.run.id,
    params.contributionId,
  );
  if (sentences.length === 0) throw refuse.notFound();
  return { ...loaded, contributionId: params.contributionId, sentences };
}

/** The contribution's page: its sentences with their themes and the tags form (with `tags` as typed, after a refusal). */
export async function renderContribution(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { run: ThemeRun; process: Process; contributionId: string; sentences: Awaited<ReturnType<typeof listContributionSentences>> },
  form: { tags?: string; errors?: FieldErrors } = {},
  status = 200,
) {
  const organisationId = request.identity.actor.organisationId;
  const themes = await listRunThemes(context.db, organisationId, loaded.run.id);
  const themeLabels: Record<string, LocalizedText> = Object.fromEntries(themes.map((theme) => [theme.id, theme.label]));
  const tags = form.tags ?? (await listContributionTags(context.db, organisationId, loaded.run.id, loaded.contributionId)).join(', ');
  reply.header('cache-control', 'no-store');
  return renderPage(
    context,
    request,
    reply,
    <ContributionPage
      process={loaded.process}
      runId={loaded.run.id}
      contributionId={loaded.contributionId}
      sentences={loaded.sentences}
      themeLabels={themeLabels}
      tags={tags}
      mayTag={context.authorizer.can(request.identity.actor, 'insights.contribution.tag', loaded.process)}
      errors={form.errors}
    />,
    status,
  );
}

/** An analyst tags a contribution by hand within a run (undoable; allowed on a published run: tags are not public). */
export const tagContributionAction = defineAction({
  name: 'insights.contribution.tag',
  summary: 'Set the hand tags of a contribution within a theme run',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: contributionParams,
  input: contributionTagsSchema,
  load: ({ context, request, params }) => loadRunContribution(context, request, params, 'insights.contribution.tag'),
  run: ({ context, actor, subject, input, now }) =>
    setContributionTags(context.db, actor, { runId: subject.run.id, contributionId: subject.contributionId }, input.tags, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/insights/runs/:runId/contributions/:contributionId/tags', status: 204, errors: [409] },
  page: {
    url: '/admin/insights/runs/:runId/contributions/:contributionId',
    form: ({ context, request, subject }, reply, { values, errors }, status) =>
      renderContribution(context, request, reply, subject, { tags: typeof values.tags === 'string' ? values.tags : '', errors }, status),
    done: ({ subject }) => ({
      to: `/admin/insights/runs/${subject.run.id}/contributions/${subject.contributionId}`,
      flash: 'insights.flash.tagged',
    }),
  },
});
