import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ObjectiveNode } from '../follow-up-tree.ts';
import type { Goal, Measure } from '../model.ts';
import { IndicatorForm } from './indicator-form.tsx';
import { MeasureForm, MeasuresTable } from './measures-section.tsx';
import { StatusTag } from './status-tag.tsx';

/** An objective: the goal it cites, its indicators, and the form to add an indicator. */
export function AdminObjectivePage(props: {
  process: { id: string; title: LocalizedText };
  goal: Goal;
  node: ObjectiveNode;
  unitName: string;
  ownerName: string | null;
  mayManage: boolean;
  measures: Measure[];
  measureOwnerNames: Map<string, string>;
  today: string;
  form: { name: string | null; values?: Record<string, unknown>; errors?: FieldErrors | undefined };
}) {
  const view = useView();
  const title = view.text(props.node.objective.title);
  const indicatorState: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } =
    props.form.name === 'measure' ? {} : props.form;
  const measureState: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } =
    props.form.name === 'measure' ? props.form : {};
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('goals.admin.title'), href: view.href('/admin/goals') },
        { label: view.text(props.process.title), href: view.href(`/admin/goals/processes/${props.process.id}`) },
        { label: view.text(props.goal.title), href: view.href(`/admin/goals/goals/${props.goal.id}`) },
      ]}
    >
      <h1>{title}</h1>
      <dl class="summary-list">
        <div>
          <dt>{view.t('goals.objective.servesGoal')}</dt>
          <dd>{view.text(props.goal.title)}</dd>
        </div>
        <div>
          <dt>{view.t('goals.objective.unit')}</dt>
          <dd>{props.unitName}</dd>
        </div>
        <div>
          <dt>{view.t('goals.objective.owner')}</dt>
          <dd>{props.ownerName ?? view.t('goals.objective.noOwner')}</dd>
        </div>
        <div>
          <dt>{view.t('goals.indicator.status')}</dt>
          <dd>
            <StatusTag status={props.node.status} />
          </dd>
        </div>
      </dl>
      {props.mayManage && (
        <p>
          <a href={view.href(`/admin/goals/objectives/${props.node.objective.id}/edit`)}>{view.t('goals.objective.edit')}</a>
        </p>
      )}
      <h2>{view.t('goals.indicator.listTitle')}</h2>
      {props.node.indicators.length === 0 ? (
        <p>{view.t('goals.indicator.empty')}</p>
      ) : (
        <ul>
          {props.node.indicators.map((node) => (
            <li key={node.indicator.id}>
              <a href={view.href(`/admin/goals/indicators/${node.indicator.id}`)}>{view.text(node.indicator.name)}</a>{' '}
              <StatusTag status={node.status} />
            </li>
          ))}
        </ul>
      )}
      {props.mayManage && (
        <IndicatorForm
          action={`/admin/goals/objectives/${props.node.objective.id}/indicators`}
          editing={false}
          values={indicatorState.values}
          errors={indicatorState.errors}
        />
      )}
      <h2>{view.t('goals.measure.listTitle')}</h2>
      <MeasuresTable measures={props.measures} ownerNames={props.measureOwnerNames} today={props.today} mayManage={props.mayManage} />
      {props.mayManage && (
        <MeasureForm
          action={`/admin/goals/objectives/${props.node.objective.id}/measures`}
          values={measureState.values}
          errors={measureState.errors}
        />
      )}
    </AdminLayout>
  );
}
