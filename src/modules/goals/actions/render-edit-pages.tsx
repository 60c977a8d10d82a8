import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import type { LoadedObjective } from '../loaders.ts';
import type { Goal, Indicator, Measure } from '../model.ts';
import { AdminEditPage } from '../views/admin-edit-page.tsx';
import type { FormState } from '../views/form-parts.tsx';
import { GoalForm, goalFormValues } from '../views/goal-form.tsx';
import { IndicatorForm, indicatorFormValues } from '../views/indicator-form.tsx';
import { MeasureForm, measureFormValues } from '../views/measures-section.tsx';
import { ObjectiveForm, objectiveFormValues } from '../views/objective-form.tsx';
import { managedUnitOptions, unitsOf } from './render-pages.tsx';

/** The e-mail of an owner the form names, or null. */
async function ownerEmailOf(context: AppContext, organisationId: string, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (await context.accountLookups.findById(context.db, organisationId, userId))?.email ?? null;
}

/** A goal's edit page: the saved goal, or what was posted with what is wrong. */
export async function renderGoalEditPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { goal: Goal; process: Process },
  form: FormState = {},
  status = 200,
) {
  return renderPage(
    context,
    request,
    reply,
    <AdminEditPage
      titleKey="goals.goal.editTitle"
      process={loaded.process}
      parent={{ label: loaded.goal.title, href: `/admin/goals/goals/${loaded.goal.id}` }}
    >
      <GoalForm
        action={`/admin/goals/goals/${loaded.goal.id}/edit`}
        editing
        values={form.values ?? goalFormValues(loaded.goal)}
        errors={form.errors}
      />
    </AdminEditPage>,
    status,
  );
}

/** An objective's edit page (the units offered are those the actor manages). */
export async function renderObjectiveEditPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: LoadedObjective,
  form: FormState = {},
  status = 200,
) {
  const organisationId = request.identity.actor.organisationId;
  const units = await unitsOf(context, request);
  const values =
    form.values ?? objectiveFormValues(loaded.objective, await ownerEmailOf(context, organisationId, loaded.objective.ownerUserId));
  return renderPage(
    context,
    request,
    reply,
    <AdminEditPage
      titleKey="goals.objective.editTitle"
      process={loaded.process}
      parent={{ label: loaded.objective.title, href: `/admin/goals/objectives/${loaded.objective.id}` }}
    >
      <ObjectiveForm
        action={`/admin/goals/objectives/${loaded.objective.id}/edit`}
        editing
        unitOptions={managedUnitOptions(context, request, units, loaded.process.id)}
        values={values}
        errors={form.errors}
      />
    </AdminEditPage>,
    status,
  );
}

/** An indicator's edit page. */
export async function renderIndicatorEditPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: LoadedObjective & { indicator: Indicator },
  form: FormState = {},
  status = 200,
) {
  const organisationId = request.identity.actor.organisationId;
  const values =
    form.values ?? indicatorFormValues(loaded.indicator, await ownerEmailOf(context, organisationId, loaded.indicator.ownerUserId));
  return renderPage(
    context,
    request,
    reply,
    <AdminEditPage
      titleKey="goals.indicator.editTitle"
      process={loaded.process}
      parent={{ label: loaded.indicator.name, href: `/admin/goals/indicators/${loaded.indicator.id}` }}
    >
      <IndicatorForm action={`/admin/goals/indicators/${loaded.indicator.id}/edit`} editing values={values} errors={form.errors} />
    </AdminEditPage>,
    status,
  );
}

/** A measure's edit page (under its objective). */
export async function renderMeasureEditPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: LoadedObjective & { measure: Measure },
  form: FormState = {},
  status = 200,
) {
  const organisationId = request.identity.actor.organisationId;
  const values = form.values ?? measureFormValues(loaded.measure, await ownerEmailOf(context, organisationId, loaded.measure.ownerUserId));
  return renderPage(
    context,
    request,
    reply,
    <AdminEditPage
      titleKey="goals.measure.editTitle"
      process={loaded.process}
      parent={{ label: loaded.objective.title, href: `/admin/goals/objectives/${loaded.objective.id}` }}
    >
      <MeasureForm action={`/admin/goals/measures/${loaded.measure.id}/edit`} editing values={values} errors={form.errors} />
    </AdminEditPage>,
    status,
  );
}
