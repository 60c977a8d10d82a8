import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { NamedAuditItem } from '../queries/name-audit-entries.ts';
import { ORGANISATION_LIMITS } from '../schemas.ts';
import { AuditTable } from './audit-table.tsx';

function auditHref(href: (path: string) => string, action: string, cursor?: string): string {
  const query = new URLSearchParams();
  if (action) query.set('action', action);
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return href(`/admin/audit${text ? `?${text}` : ''}`);
}

function Pager(props: { action: string; nextCursor: string | null; paged: boolean }) {
  const view = useView();
  if (!props.nextCursor && !props.paged) return null;
  return (
    <nav class="pagination" aria-label={view.t('organisations.audit.pagination')}>
      <ul>
        {props.paged && (
          <li>
            <a href={auditHref(view.href, props.action)}>{view.t('organisations.audit.newest')}</a>
          </li>
        )}
        {props.nextCursor && (
          <li>
            <a href={auditHref(view.href, props.action, props.nextCursor)} rel="next">
              {view.t('organisations.audit.older')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The audit log, newest first, filtered by the start of the action, paged by cursor. */
export function AuditPage(props: {
  page: { items: NamedAuditItem[]; nextCursor: string | null };
  action: string;
  paged: boolean;
  errors?: FieldErrors;
}) {
  const view = useView();
  const title = view.t('organisations.audit.title');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('platform.admin.dashboard'), href: view.href('/admin') }]}>
      <h1>{title}</h1>
      <p class="lead">{view.t('organisations.audit.intro')}</p>
      <ErrorSummary errors={props.errors} labels={{ action: view.t('organisations.audit.filter.action') }} />
      <h2>{view.t('organisations.audit.filter.title')}</h2>
      <form method="get" action={view.href('/admin/audit')}>
        <TextField
          name="action"
          label={view.t('organisations.audit.filter.action')}
          hint={view.t('organisations.audit.filter.actionHint')}
          value={props.action}
          errors={props.errors}
          required={false}
          maxLength={ORGANISATION_LIMITS.actionPrefixMax}
        />
        <div class="form-actions">
          <Button variant="secondary">{view.t('organisations.audit.filter.submit')}</Button>
        </div>
      </form>
      {props.page.items.length ? (
        <AuditTable items={props.page.items} caption={view.t('organisations.audit.caption')} />
      ) : (
        <p>{view.t('organisations.audit.empty')}</p>
      )}
      <Pager action={props.action} nextCursor={props.page.nextCursor} paged={props.paged} />
    </AdminLayout>
  );
}
