import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AuditLogItem } from '../queries/list-audit-entries.ts';

function detailText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function ActorCell(props: { actor: AuditLogItem['actor'] }) {
  const view = useView();
  if (!props.actor) return <>{view.t('organisations.audit.system')}</>;
  return <>{props.actor.displayName ?? view.t('organisations.audit.removedUser')}</>;
}

function Details(props: { details: Record<string, unknown> }) {
  const entries = Object.entries(props.details);
  if (entries.length === 0) return <>–</>;
  return (
    <ul class="mb-0">
      {entries.map(([key, value]) => (
        <li key={key}>
          <code>{key}</code>: {detailText(value)}
        </li>
      ))}
    </ul>
  );
}

/** Audit entries as a table: time in the organisation's zone, actor, action, subject, details. */
export function AuditTable(props: { items: AuditLogItem[]; caption: string }) {
  const view = useView();
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('organisations.audit.column.time')}</th>
            <th scope="col">{view.t('organisations.audit.column.actor')}</th>
            <th scope="col">{view.t('organisations.audit.column.action')}</th>
            <th scope="col">{view.t('organisations.audit.column.subject')}</th>
            <th scope="col">{view.t('organisations.audit.column.details')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td>
                <time dateTime={item.createdAt}>{view.formatDate(item.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</time>
              </td>
              <td>
                <ActorCell actor={item.actor} />
              </td>
              <td>
                <code>{item.action}</code>
              </td>
              <td>
                <code>{item.subjectType}</code>
                {item.subjectId && <span class="meta"> {item.subjectId}</span>}
              </td>
              <td>
                <Details details={item.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
