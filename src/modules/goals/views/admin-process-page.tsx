import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, Form, LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { GoalNode } from '../follow-up-tree.ts';
import type { Round } from '../model.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { ActualsCsvForm } from './actuals-csv-form.tsx';
import { FormSection, type FormState, NumberField } from './form-parts.tsx';
import { stringValue, textValue } from './form-values.ts';
import { GoalForm } from './goal-form.tsx';
import { ImportGoalsForm, type StoryImport } from './import-goals-form.tsx';
import { StatusTag } from './status-tag.tsx';

/** Who has reported in a round and who not, per owner and unit. */
export interface RoundReporting {
  round: Round;
  rows: Array<{ ownerName: string; unitName: string; indicators: number; reported: number; late: boolean }>;
}

/** A process's goals for the coordinator and unit managers: the tree with statuses, coverage, rounds, and the forms to add. */
export function AdminProcessPage(props: {
  process: { id: string; slug: string; title: LocalizedText };
  tree: GoalNode[];
  unitNames: Map<string, string>;
  reporting: RoundReporting[];
  mayManageGoals: boolean;
  mayManageRounds: boolean;
  storyImport: StoryImport | null;
  form: { name: 'goal' | 'round' | 'import' | 'csv' | null; values?: Record<string, unknown>; errors?: FieldErrors | undefined };
}) {
  const view = useView();
  const title = view.t('goals.admin.processTitle', { process: view.text(props.process.title) });
  const goalErrors = props.form.name === 'goal' ? props.form.errors : undefined;
  const roundErrors = props.form.name === 'round' ? props.form.errors : undefined;
  const goalValues = props.form.name === 'goal' ? props.form.values : undefined;
  const roundValues = props.form.name === 'round' ? props.form.values : undefined;
  const importState: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } =
    props.form.name === 'import' ? props.form : {};
  const csvState: { values?: Record<string, unknown>; errors?: FieldErrors | undefined } = props.form.name === 'csv' ? props.form : {};
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('goals.admin.title'), href: view.href('/admin/goals') }]}>
      <h1>{title}</h1>
      <p>
        <a href={view.href(`/processes/${props.process.slug}/goals`)}>{view.t('goals.admin.publicLink')}</a>
      </p>
      <h2>{view.t('goals.admin.goalsTitle')}</h2>
      {props.tree.length === 0 ? (
        <p>{view.t('goals.admin.noGoals')}</p>
      ) : (
        <ol>
          {props.tree.map((node) => (
            <li key={node.goal.id}>
              <a href={view.href(`/admin/goals/goals/${node.goal.id}`)}>{view.text(node.goal.title)}</a> <StatusTag status={node.status} />
              {node.objectives.length > 0 && (
                <ul>
                  {node.objectives.map((objective) => (
                    <li key={objective.objective.id}>
                      <a href={view.href(`/admin/goals/objectives/${objective.objective.id}`)}>{view.text(objective.objective.title)}</a> (
                      {props.unitNames.get(objective.objective.unitId) ?? ''}) <StatusTag status={objective.status} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <Coverage tree={props.tree} />
      <RoundsReporting reporting={props.reporting} mayManage={props.mayManageRounds} />
      {props.mayManageGoals && (
        <ImportGoalsForm
          processId={props.process.id}
          storyImport={props.storyImport}
          values={importState.values}
          errors={importState.errors}
        />
      )}
      {props.mayManageGoals && (
        <GoalForm action={`/admin/goals/processes/${props.process.id}/goals`} editing={false} values={goalValues} errors={goalErrors} />
      )}
      {props.mayManageRounds && (
        <ActualsCsvForm processId={props.process.id} processSlug={props.process.slug} values={csvState.values} errors={csvState.errors} />
      )}
      {props.mayManageRounds && <RoundForm processId={props.process.id} values={roundValues} errors={roundErrors} />}
    </AdminLayout>
  );
}

type FormProps = { processId: string } & FormState;

/** The coordinator's form for a new reporting round. */
function RoundForm(props: FormProps) {
  const view = useView();
  const labels = {
    name: view.t('goals.round.name'),
    year: view.t('goals.round.year'),
    opensOn: view.t('goals.round.opensOn'),
    dueOn: view.t('goals.round.dueOn'),
  };
  return (
    <FormSection
      id="goals-new-round"
      title={view.t('goals.round.formTitle')}
      action={`/admin/goals/processes/${props.processId}/rounds`}
      labels={labels}
      errors={props.errors}
      submit={view.t('goals.round.submit')}
    >
      <LocalizedTextFields
        name="name"
        label={labels.name}
        value={textValue(props.values, 'name')}
        maxLength={GOALS_LIMITS.titleMax}
        errors={props.errors}
      />
      <NumberField
        name="year"
        label={labels.year}
        hint={view.t('goals.round.yearHint')}
        whole
        values={props.values}
        errors={props.errors}
      />
      <TextField name="opensOn" type="date" label={labels.opensOn} value={stringValue(props.values, 'opensOn')} errors={props.errors} />
      <TextField name="dueOn" type="date" label={labels.dueOn} value={stringValue(props.values, 'dueOn')} errors={props.errors} />
    </FormSection>
  );
}

/** Which goals have no unit objective and which objectives no indicator. */
function Coverage(props: { tree: GoalNode[] }) {
  const view = useView();
  const withoutObjectives = props.tree.filter((node) => node.objectives.length === 0);
  const withoutIndicators = props.tree.flatMap((node) => node.objectives.filter((objective) => objective.indicators.length === 0));
  return (
    <>
      <h2>{view.t('goals.coverage.title')}</h2>
      <p>{view.t('goals.coverage.goalsWithout', { count: withoutObjectives.length })}</p>
      {withoutObjectives.length > 0 && (
        <ul>
          {withoutObjectives.map((node) => (
            <li key={node.goal.id}>{view.text(node.goal.title)}</li>
          ))}
        </ul>
      )}
      <p>{view.t('goals.coverage.objectivesWithout', { count: withoutIndicators.length })}</p>
      {withoutIndicators.length > 0 && (
        <ul>
          {withoutIndicators.map((node) => (
            <li key={node.objective.id}>{view.text(node.objective.title)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Each round's reporters: who has reported, who is waiting and who is late. */
function RoundsReporting(props: { reporting: RoundReporting[]; mayManage: boolean }) {
  const view = useView();
  return (
    <>
      <h2>{view.t('goals.rounds.title')}</h2>
      {props.reporting.length === 0 ? (
        <p>{view.t('goals.rounds.empty')}</p>
      ) : (
        props.reporting.map((entry) => (
          <section key={entry.round.id} aria-labelledby={`round-${entry.round.id}`}>
            <h3 id={`round-${entry.round.id}`}>
              {view.t('goals.rounds.heading', {
                name: view.text(entry.round.name),
                due: view.formatDate(`${entry.round.dueOn}T12:00:00Z`),
              })}
            </h3>
            <RoundState round={entry.round} mayManage={props.mayManage} />
            <TableScroll label={view.t('goals.rounds.reporters')}>
              <table class="data-table">
                <caption class="visually-hidden">{view.t('goals.rounds.reporters')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{view.t('goals.rounds.owner')}</th>
                    <th scope="col">{view.t('goals.objective.unit')}</th>
                    <th scope="col" class="text-right">
                      {view.t('goals.rounds.reported')}
                    </th>
                    <th scope="col">{view.t('goals.rounds.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.rows.map((row) => (
                    <tr key={`${row.ownerName}-${row.unitName}`}>
                      <th scope="row">{row.ownerName}</th>
                      <td>{row.unitName}</td>
                      <td class="text-right">{view.t('goals.rounds.reportedCount', { reported: row.reported, total: row.indicators })}</td>
                      <td>{view.t(reporterState(row, entry.round.closedAt !== null))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))
      )}
    </>
  );
}

/** A reporter's state in a round: done, or (once the round is closed) did not report, late or waiting. */
function reporterState(row: RoundReporting['rows'][number], closed: boolean): string {
  if (row.reported >= row.indicators) return 'goals.rounds.done';
  if (closed) return 'goals.rounds.notReported';
  return row.late ? 'goals.rounds.late' : 'goals.rounds.waiting';
}

/** Whether a round's links were mailed or it is closed, and the coordinator's buttons to open or close it. */
function RoundState(props: { round: Round; mayManage: boolean }) {
  const view = useView();
  const { round } = props;
  const on = (instant: string) => view.formatDate(instant);
  if (round.closedAt !== null) return <p>{view.t('goals.rounds.closedOn', { date: on(round.closedAt) })}</p>;
  return (
    <>
      {round.invitedAt !== null && <p>{view.t('goals.rounds.invitedOn', { date: on(round.invitedAt) })}</p>}
      {props.mayManage && (
        <div class="form-actions">
          <Form action={view.href(`/admin/goals/rounds/${round.id}/open`)}>
            <Button>{view.t(round.invitedAt === null ? 'goals.round.open' : 'goals.round.openAgain')}</Button>
          </Form>
          <Form action={view.href(`/admin/goals/rounds/${round.id}/close`)}>
            <Button variant="secondary">{view.t('goals.round.close')}</Button>
          </Form>
        </div>
      )}
    </>
  );
}
