import { Button, Form } from '../../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../../platform/views/context.ts';
import type { SessionSummary } from '../../queries/list-sessions.ts';

const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short' } as const;

function SessionTable(props: { sessions: SessionSummary[] }) {
  const view = useView();
  return (
    <TableScroll label={view.t('accounts.sessions.title')}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.sessions.started')}</th>
            <th scope="col">{view.t('accounts.sessions.lastSeen')}</th>
            <th scope="col">{view.t('accounts.sessions.ends')}</th>
          </tr>
        </thead>
        <tbody>
          {props.sessions.map((session) => (
            <tr key={session.createdAt}>
              <td>
                {view.formatDate(session.createdAt, DATE_TIME)}
                {session.current && (
                  <>
                    {' '}
                    <span class="tag">{view.t('accounts.sessions.current')}</span>
                  </>
                )}
              </td>
              <td>{view.formatDate(session.lastSeenAt, DATE_TIME)}</td>
              <td>{view.formatDate(session.expiresAt, DATE_TIME)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Where one is signed in, and a way to sign out everywhere else. */
export function SessionsSection(props: { sessions: SessionSummary[] }) {
  const view = useView();
  const others = props.sessions.filter((session) => !session.current).length;
  return (
    <section aria-labelledby="account-sessions">
      <h2 id="account-sessions">{view.t('accounts.sessions.title')}</h2>
      <p>{view.t('accounts.sessions.intro')}</p>
      <SessionTable sessions={props.sessions} />
      {others > 0 ? (
        <Form action={view.href('/account/sessions/end-others')}>
          <div class="form-actions">
            <Button variant="secondary">{view.t('accounts.sessions.endOthers', { count: others })}</Button>
          </div>
        </Form>
      ) : (
        <p>{view.t('accounts.sessions.noOthers')}</p>
      )}
    </section>
  );
}
