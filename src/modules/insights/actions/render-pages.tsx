import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormState } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listPhases, type Process } from '../../processes/index.ts';
import { listCodebooks } from '../codebook/list-codebooks.ts';
import type { RunTheme, ThemeRun } from '../model.ts';
import { findPublishedRunId, listRuns } from '../queries/find-run.ts';
import { listCounterpartSuggestions, listRejectedCounterparts } from '../queries/list-counterpart-suggestions.ts';
import { listCrossLanguageSentences } from '../queries/list-cross-language-sentences.ts';
import { countUnassigned, listRunThemes, listUnassigned } from '../queries/list-run-themes.ts';
import { findLastEdit, isRunLocked, loadThemeWorkbench } from '../queries/theme-workbench.ts';
import { ProcessRunsPage } from '../views/process-runs-page.tsx';
import { RunPage } from '../views/run-page.tsx';
import type { StartRunValues } from '../views/start-run-form.tsx';
import { ThemeEditPage, type ThemeWordingValues } from '../views/theme-edit-page.tsx';
import { EMPTY_WORKBENCH_VALUES, sentWorkbenchValues, type WorkbenchValues } from '../views/theme-workbench.tsx';

/** The process's runs with the start form (filled with `values`, with `errors` after a refusal). */
export async function renderProcessRuns(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  process: Process,
  form: { values: StartRunValues; errors?: FieldErrors },
  status = 200,
) {
  const organisationId = request.identity.actor.organisationId;
  const runs = await listRuns(context.db, organisationId, process.id);
  const publishedRunId = await findPublishedRunId(context.db, organisationId, process.id);
  const phases = (await listPhases(context.db, organisationId, [process.id])).map((phase) => ({
    value: phase.id,
    label: localize(phase.title, request.locale),
  }));
  const codebooks = (await listCodebooks(context.db, organisationId, process.id)).map((codebook) => ({
    value: codebook.id,
    label: context.translator.t(request.locale, 'insights.start.codebookOption', {
      date: context.translator.formatDate(request.locale, codebook.createdAt, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: request.organisation.timeZone,
      }),
      themes: codebook.themeCount,
    }),
  }));
  const mayStart = context.authorizer.can(request.identity.actor, 'insights.run.start', process);
  return renderPage(
    context,
    request,
    reply,
    <ProcessRunsPage
      process={process}
      runs={runs}
      publishedRunId={publishedRunId}
      phases={phases}
      codebooks={codebooks}
      mayStart={mayStart}
      values={form.values}
      errors={form.errors}
    />,
    status,
  );
}

/**
 * A theme's page: its name and summary form (`form`), and the merge, split and move forms
 * (`workbench`, after a refusal of one of them, with what was posted).
 */
export async function renderThemeEdit(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { process: Process; runId: string; theme: RunTheme },
  form: { values: ThemeWordingValues; errors?: FieldErrors },
  status = 200,
  workbenchForm: { values: WorkbenchValues; errors?: FieldErrors } = { values: EMPTY_WORKBENCH_VALUES },
) {
  const organisationId = request.identity.actor.organisationId;
  const workbench = await loadThemeWorkbench(context.db, organisationId, loaded.runId, loaded.theme.id);
  const can = (action: string) => context.authorizer.can(request.identity.actor, action, loaded.process);
  const may = {
    merge: can('insights.theme.merge'),
    split: can('insights.theme.split'),
    move: can('insights.contributions.move'),
    undo: can('insights.edit.undo'),
    reopen: can('insights.run.reopen'),
    counterparts: can('insights.theme.counterparts'),
  };
  const rejectedIds = may.counterparts ? await listRejectedCounterparts(context.db, organisationId, loaded.runId, loaded.theme.id) : [];
  const suggestions = may.counterparts
    ? await listCounterpartSuggestions(context.db, organisationId, loaded.runId, { ...loaded.theme, rejectedIds })
    : undefined;
  reply.header('cache-control', 'no-store');
  return renderPage(
    context,
    request,
    reply,
    <ThemeEditPage
      suggestions={suggestions}
      rejectedIds={rejectedIds}
      process={loaded.process}
      runId={loaded.runId}
      theme={loaded.theme}
      values={form.values}
      errors={form.errors}
      workbench={workbench}
      workbenchValues={workbenchForm.values}
      workbenchErrors={workbenchForm.errors}
      may={may}
    />,
    status,
  );
}

/** The wording form as stored, for a page re-rendered after a refusal of another form. */
export function storedWording(theme: RunTheme): ThemeWordingValues {
  return { label: theme.label, summary: theme.summary };
}

/**
 * A refused workbench form (merge, split, move): the theme's page again with its wording as stored
 * and the workbench as sent, its errors at the fields.
 */
export function renderWorkbenchRefusal(
  call: { context: AppContext; request: FastifyRequest; subject: { process: Process; run: { id: string }; theme: RunTheme } },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { context, request, subject } = call;
  return renderThemeEdit(
    context,
    request,
    reply,
    { process: subject.process, runId: subject.run.id, theme: subject.theme },
    { values: storedWording(subject.theme) },
    status,
    { values: sentWorkbenchValues(state.values), errors: state.errors },
  );
}

/** A refused rejection of a suggested counterpart (or its undoing): the theme's page with the error at the top. */
export function renderCounterpartRefusal(
  call: { context: AppContext; request: FastifyRequest; subject: { process: Process; run: { id: string }; theme: RunTheme } },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { context, request, subject } = call;
  return renderThemeEdit(
    context,
    request,
    reply,
    { process: subject.process, runId: subject.run.id, theme: subject.theme },
    { values: storedWording(subject.theme) },
    status,
    { values: EMPTY_WORKBENCH_VALUES, errors: state.errors },
  );
}

/** A run's page; after a refused new-theme form, with what was sent and its errors. */
export async function renderRunPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { run: ThemeRun; process: Process },
  form: { values?: Pick<WorkbenchValues, 'sentences' | 'newLabel'>; errors?: FieldErrors } = {},
  status = 200,
) {
  const { run, process } = loaded;
  const organisationId = request.identity.actor.organisationId;
  const themes = await listRunThemes(context.db, organisationId, run.id);
  const unassigned = await countUnassigned(context.db, organisationId, run.id);
  const unassignedSentences = unassigned > 0 ? await listUnassigned(context.db, organisationId, run.id) : [];
  const crossLanguage = run.codebookId !== null ? await listCrossLanguageSentences(context.db, organisationId, run.id) : undefined;
  const published = (await findPublishedRunId(context.db, organisationId, process.id)) === run.id;
  const can = (action: string) => context.authorizer.can(request.identity.actor, action, process);
  const may = {
    cancel: can('insights.run.cancel'),
    edit: can('insights.theme.edit'),
    publish: can('insights.themes.publish'),
    undo: can('insights.edit.undo'),
    reopen: can('insights.run.reopen'),
    saveCodebook: can('insights.codebook.save'),
    createTheme: can('insights.theme.create'),
  };
  const editing = {
    locked: await isRunLocked(context.db, organisationId, run.id),
    lastEdit: await findLastEdit(context.db, organisationId, run.id),
  };
  reply.header('cache-control', 'no-store');
  return renderPage(
    context,
    request,
    reply,
    <RunPage
      process={process}
      run={run}
      themes={themes}
      unassigned={unassigned}
      unassignedSentences={unassignedSentences}
      crossLanguage={crossLanguage}
      unassignedValues={form.values}
      unassignedErrors={form.errors}
      published={published}
      may={may}
      editing={editing}
    />,
    status,
  );
}
