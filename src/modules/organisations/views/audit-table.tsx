import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { NamedAuditItem } from '../queries/name-audit-entries.ts';

function detailText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function actorName(view: ReturnType<typeof useView>, actor: NamedAuditItem['actor']): string {
  if (!actor) return view.t('organisations.audit.system');
  return actor.displayName ?? view.t('organisations.audit.removedUser');
}

/** The message key of an action's words; every action a module records has one (audit-words.test.ts). */
export function auditActionKey(action: string): string {
  return `organisations.audit.action.${action}`;
}

/**
 * An audit entry as a sentence in the reader's language: who did what, and to
 * which subject (its title, linked to its admin page where it has one).
 */
export function AuditSentence(props: { item: NamedAuditItem }) {
  const view = useView();
  const { item } = props;
  const actor = actorName(view, item.actor);
  const key = auditActionKey(item.action);
  const words = view.t(key, { actor });
  // An action no module gave words to (the test forbids it) still reads: the actor and the code.
  const sentence = words === key ? view.t('organisations.audit.unknownAction', { actor, action: item.action }) : words;
  if (!item.subject) return <>{sentence}</>;
  const title = view.t('organisations.audit.subjectTitle', { title: view.text(item.subject.title) });
  return (
    <>
      {sentence}: {item.subject.path ? <a href={view.href(item.subject.path)}>{title}</a> : title}
    </>
  );
}

/** The codes behind an entry, for those who read the log as data: action, subject and details. */
function TechnicalDetails(props: { item: NamedAuditItem }) {
  const view = useView();
  const { item } = props;
  const details = Object.entries(item.details);
  return (
    <details class="audit-code">
      <summary>{view.t('organisations.audit.code')}</summary>
      <ul class="mb-0">
        <li>
          <code>{item.action}</code>
        </li>
        <li>
          <code>{item.subjectType}</code>
          {item.subjectId && <span class="meta"> {item.subjectId}</span>}
        </li>
        {details.map(([key, value]) => (
          <li key={key}>
            <code>{key}</code>: {detailText(value)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Audit entries as a table: time in the organisation's zone, the entry in words, and its codes behind a disclosure. */
export function AuditTable(props: { items: NamedAuditItem[]; caption: string }) {
  const view = useView();
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('organisations.audit.column.time')}</th>
            <th scope="col">{view.t('organisations.audit.column.entry')}</th>
            <th scope="col">{view.t('organisations.audit.column.details')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td>
                <time dateTime={item.createdAt}>{view.formatDate(item.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</time>
              </td>
              <td>
                <AuditSentence item={item} />
              </td>
              <td>
                <TechnicalDetails item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
