import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, TextField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UserSummary } from '../queries/list-users.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';
import { GrantLabel } from './grant-scope.tsx';

/** What the user list shows: one page of matches and how to reach the next. */
export interface AdminUsersPageProps {
  search: string;
  users: UserSummary[];
  total: number;
  nextCursor: string | null;
  isFirstPage: boolean;
  scopeNames: Map<string, LocalizedText>;
}

function pageHref(href: (path: string) => string, search: string, after?: string): string {
  const query = new URLSearchParams();
  if (search) query.set('q', search);
  if (after) query.set('after', after);
  const text = query.toString();
  return href(`/admin/users${text ? `?${text}` : ''}`);
}

function UserRow(props: { user: UserSummary; scopeNames: Map<string, LocalizedText> }) {
  const view = useView();
  const { user } = props;
  return (
    <tr>
      <td>
        <a href={view.href(`/admin/users/${user.id}`)}>{user.displayName}</a>
      </td>
      <td>{user.email}</td>
      <td>
        {user.grants.length === 0 ? (
          view.t('accounts.admin.noRoles')
        ) : (
          <ul class="mb-0">
            {user.grants.map((grant) => (
              <li key={grant.id}>
                <GrantLabel grant={grant} names={props.scopeNames} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{user.lastSignInAt ? view.formatDate(user.lastSignInAt, { dateStyle: 'medium' }) : view.t('accounts.admin.neverSignedIn')}</td>
    </tr>
  );
}

function SearchForm(props: { search: string }) {
  const view = useView();
  return (
    <search>
      <form method="get" action={view.href('/admin/users')}>
        <TextField
          name="q"
          type="search"
          label={view.t('accounts.admin.search')}
          value={props.search}
          maxLength={ACCOUNT_LIMITS.searchMax}
        />
        <div class="form-actions">
          <Button variant="secondary">{view.t('accounts.admin.searchSubmit')}</Button>
        </div>
      </form>
    </search>
  );
}

function UserTable(props: { users: UserSummary[]; scopeNames: Map<string, LocalizedText> }) {
  const view = useView();
  return (
    <TableScroll label={view.t('accounts.admin.title')}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.field.displayName')}</th>
            <th scope="col">{view.t('accounts.field.email')}</th>
            <th scope="col">{view.t('accounts.admin.roles')}</th>
            <th scope="col">{view.t('accounts.admin.lastSignIn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => (
            <UserRow key={user.id} user={user} scopeNames={props.scopeNames} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Pagination(props: { search: string; nextCursor: string | null; isFirstPage: boolean }) {
  const view = useView();
  if (!props.nextCursor && props.isFirstPage) return null;
  return (
    <nav class="pagination" aria-label={view.t('accounts.admin.pages')}>
      <ul>
        {!props.isFirstPage && (
          <li>
            <a href={pageHref(view.href, props.search)}>{view.t('accounts.admin.firstPage')}</a>
          </li>
        )}
        {props.nextCursor && (
          <li>
            <a href={pageHref(view.href, props.search, props.nextCursor)} rel="next">
              {view.t('accounts.admin.nextPage')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** The organisation's users: search, a page of results, and links onward. */
export function AdminUsersPage(props: AdminUsersPageProps) {
  const view = useView();
  const title = view.t('accounts.admin.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      <SearchForm search={props.search} />
      <p role="status">{view.t('accounts.admin.count', { count: props.total })}</p>
      {props.users.length > 0 && <UserTable users={props.users} scopeNames={props.scopeNames} />}
      <Pagination search={props.search} nextCursor={props.nextCursor} isFirstPage={props.isFirstPage} />
    </AdminLayout>
  );
}
