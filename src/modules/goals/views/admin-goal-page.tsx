import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { GoalNode } from '../follow-up-tree.ts';
import { GoalThemesForm, type ThemeOption } from './goal-themes-form.tsx';
import { ObjectiveForm } from './objective-form.tsx';
import { StatusTag } from './status-tag.tsx';

/** A goal: its paragraph, the units' objectives that cite it, and the form for a unit manager to derive one. */
export function AdminGoalPage(props: {
  process: { id: string; slug: string; title: LocalizedText };
  node: GoalNode;
  unitNames: Map<string, string>;
  /** The actor may edit the goal itself (the coordinator). */
  mayEdit: boolean;
  /** The units the actor may add objectives for. */
  unitOptions: Array<{ value: string; label: string }>;
  themes: ThemeOption[];
  linkedThemeIds: string[];
  form: { name?: string | null; values?: Record<string, unknown>; errors?: FieldErrors | undefined };
}) {
  const view = useView();
  const { goal } = props.node;
  const title = view.text(goal.title);
  const themesState: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } =
    props.form.name === 'themes' ? props.form : {};
  const objectiveState: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } =
    props.form.name === 'themes' ? {} : props.form;
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('goals.admin.title'), href: view.href('/admin/goals') },
        { label: view.text(props.process.title), href: view.href(`/admin/goals/processes/${props.process.id}`) },
      ]}
    >
      <h1>{title}</h1>
      {view.text(goal.description) && <p>{view.text(goal.description)}</p>}
      {goal.paragraphId && <p>{view.t('goals.goal.citesParagraph', { id: goal.paragraphId })}</p>}
      {props.mayEdit && (
        <p>
          <a href={view.href(`/admin/goals/goals/${goal.id}/edit`)}>{view.t('goals.goal.edit')}</a>
        </p>
      )}
      <p>
        <a href={view.href(`/processes/${props.process.slug}/goals/${goal.id}/trace`)}>{view.t('goals.trace.open')}</a>
      </p>
      <h2>{view.t('goals.objective.listTitle')}</h2>
      {props.node.objectives.length === 0 ? (
        <p>{view.t('goals.objective.empty')}</p>
      ) : (
        <ul>
          {props.node.objectives.map((node) => (
            <li key={node.objective.id}>
              <a href={view.href(`/admin/goals/objectives/${node.objective.id}`)}>{view.text(node.objective.title)}</a> (
              {props.unitNames.get(node.objective.unitId) ?? ''}) <StatusTag status={node.status} />
            </li>
          ))}
        </ul>
      )}
      {props.unitOptions.length > 0 && (
        <ObjectiveForm
          action={`/admin/goals/goals/${goal.id}/objectives`}
          editing={false}
          unitOptions={props.unitOptions}
          values={objectiveState.values}
          errors={objectiveState.errors}
        />
      )}
      {props.mayEdit && (
        <GoalThemesForm
          goalId={goal.id}
          themes={props.themes}
          linkedIds={props.linkedThemeIds}
          values={themesState.values}
          errors={themesState.errors}
        />
      )}
    </AdminLayout>
  );
}
