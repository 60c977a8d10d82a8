import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { GoalNode } from '../follow-up-tree.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { stringValue, textValue } from './form-values.ts';
import { StatusTag } from './status-tag.tsx';

/** A goal: its paragraph, the units' objectives that cite it, and the form for a unit manager to derive one. */
export function AdminGoalPage(props: {
  process: { id: string; title: LocalizedText };
  node: GoalNode;
  unitNames: Map<string, string>;
  /** The units the actor may add objectives for. */
  unitOptions: Array<{ value: string; label: string }>;
  form: { values?: Record<string, unknown>; errors?: FieldErrors | undefined };
}) {
  const view = useView();
  const { goal } = props.node;
  const title = view.text(goal.title);
  const labels = {
    unitId: view.t('goals.objective.unit'),
    title: view.t('goals.objective.title'),
    ownerEmail: view.t('goals.objective.owner'),
  };
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
        <section aria-labelledby="goals-new-objective">
          <h2 id="goals-new-objective">{view.t('goals.objective.formTitle')}</h2>
          <ErrorSummary errors={props.form.errors} labels={labels} />
          <Form action={view.href(`/admin/goals/goals/${goal.id}/objectives`)}>
            <SelectField
              name="unitId"
              label={labels.unitId}
              options={props.unitOptions}
              emptyLabel={view.t('goals.objective.chooseUnit')}
              value={stringValue(props.form.values, 'unitId')}
              errors={props.form.errors}
            />
            <LocalizedTextFields
              name="title"
              label={labels.title}
              value={textValue(props.form.values, 'title')}
              maxLength={GOALS_LIMITS.titleMax}
              errors={props.form.errors}
            />
            <TextField
              name="ownerEmail"
              type="email"
              label={labels.ownerEmail}
              hint={view.t('goals.objective.ownerHint')}
              value={stringValue(props.form.values, 'ownerEmail')}
              autocomplete="off"
              maxLength={254}
              errors={props.form.errors}
            />
            <div class="form-actions">
              <Button>{view.t('goals.objective.submit')}</Button>
            </div>
          </Form>
        </section>
      )}
    </AdminLayout>
  );
}
