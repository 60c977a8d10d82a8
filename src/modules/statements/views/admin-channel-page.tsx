import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Channel, Statement, VoteTotals } from '../model.ts';
import { type ChannelFormValues, ChannelSettingsFields, channelFieldLabels, type Option, SeedStatementsFields } from './channel-form.tsx';
import { StatementText } from './statement-text.tsx';

/** What the channel's admin page shows. */
export interface AdminChannelPageProps {
  channel: Channel;
  process: Process;
  values: ChannelFormValues;
  phases: Option[];
  bodies: Option[];
  units: Option[];
  errors?: FieldErrors;
  statements: Statement[];
  totals: Map<string, VoteTotals>;
  computedAt: string | null;
  groupCount: number | null;
  addForm: { text: string; language: string; errors?: FieldErrors };
  exportLinks: Array<{ href: string; file: string }>;
}

function StatementsTable(props: { statements: Statement[]; totals: Map<string, VoteTotals> }) {
  const view = useView();
  return (
    <TableScroll label={view.t('statements.admin.statementsHeading')}>
      <table class="data-table">
        <caption class="visually-hidden">{view.t('statements.admin.statementsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('statements.admin.number')}</th>
            <th scope="col">{view.t('statements.results.statement')}</th>
            <th scope="col">{view.t('statements.admin.state')}</th>
            <th scope="col" class="text-right">
              {view.t('statements.admin.votes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.statements.map((statement) => {
            const totals = props.totals.get(statement.id);
            return (
              <tr key={statement.id}>
                <td>{statement.number}</td>
                <th scope="row">
                  <StatementText statement={statement} />
                </th>
                <td>{view.t(`statements.statementStatus.${statement.status}`)}</td>
                <td class="text-right">{totals ? totals.agree + totals.disagree + totals.pass : 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A channel's admin page: its settings, its statements with vote counts, adding statements, results and exports. */
export function AdminChannelPage(props: AdminChannelPageProps) {
  const view = useView();
  const question = view.text(props.channel.question);
  const base = view.href(`/admin/statements/${props.channel.id}`);
  const publicPath = view.href(`/processes/${props.process.slug}/statements/${props.channel.id}`);
  return (
    <AdminLayout title={question} breadcrumbs={[{ label: view.t('statements.admin.title'), href: view.href('/admin/statements') }]}>
      <h1>{question}</h1>
      <ul class="actions">
        <li>
          <a href={publicPath}>{view.t('statements.admin.publicPage')}</a>
        </li>
        <li>
          <a href={`${publicPath}/results`}>{view.t('statements.admin.resultsPage')}</a>
        </li>
        <li>
          <a href={`${base}/moderation`}>{view.t('statements.admin.moderate')}</a>
        </li>
      </ul>
      <h2>{view.t('statements.admin.settingsHeading')}</h2>
      <ErrorSummary errors={props.errors} labels={channelFieldLabels(view)} />
      <Form action={base}>
        <ChannelSettingsFields
          values={props.values}
          phases={props.phases}
          bodies={props.bodies}
          units={props.units}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('statements.admin.save')}</Button>
        </div>
      </Form>
      <h2>{view.t('statements.admin.statementsHeading')}</h2>
      <StatementsTable statements={props.statements} totals={props.totals} />
      <h3>{view.t('statements.admin.addHeading')}</h3>
      <ErrorSummary errors={props.addForm.errors} />
      <Form action={`${base}/statements`}>
        <SeedStatementsFields value={props.addForm.text} language={props.addForm.language} errors={props.addForm.errors} />
        <div class="form-actions">
          <Button variant="secondary">{view.t('statements.admin.add')}</Button>
        </div>
      </Form>
      <h2>{view.t('statements.admin.resultsHeading')}</h2>
      <p>
        {props.computedAt
          ? view.t('statements.admin.computed', {
              date: view.formatDate(props.computedAt, { dateStyle: 'long', timeStyle: 'short' }),
              groups: props.groupCount ?? 0,
            })
          : view.t('statements.admin.notComputed')}
      </p>
      <Form action={`${base}/recompute`}>
        <div class="form-actions">
          <Button variant="secondary">{view.t('statements.admin.recompute')}</Button>
        </div>
      </Form>
      <h3>{view.t('statements.admin.exportHeading')}</h3>
      <p>{view.t('statements.admin.exportHint')}</p>
      <ul>
        {props.exportLinks.map((link) => (
          <li key={link.file}>
            <a href={link.href} download={link.file}>
              {link.file}
            </a>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
}
