import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Feedback } from '../queries/list-feedback.ts';

/** Where a feedback stands: answered, open, or open past its due date. */
export function feedbackStatus(feedback: Feedback, now: Date): 'answered' | 'open' | 'overdue' {
  if (feedback.answeredAt) return 'answered';
  return Date.parse(feedback.dueAt) < now.getTime() ? 'overdue' : 'open';
}

/** The admin's list of feedback on accessibility with due dates, and the contact address each is mailed to. */
export function FeedbackAdminPage(props: { feedback: Feedback[]; now: Date; contact: string; errors?: FieldErrors | undefined }) {
  const view = useView();
  const title = view.t('privacy.admin.title');
  const open = props.feedback.filter((item) => !item.answeredAt).length;
  return (
    <Layout title={title} wide>
      <h1>{title}</h1>
      <p>{view.t('privacy.admin.intro', { open })}</p>
      <p>
        <a href={view.href('/admin/news/pages')}>{view.t('privacy.admin.editTexts')}</a>
      </p>
      {props.feedback.length === 0 ? (
        <p>{view.t('privacy.admin.empty')}</p>
      ) : (
        <TableScroll label={title}>
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('privacy.admin.received')}</th>
                <th scope="col">{view.t('privacy.admin.sender')}</th>
                <th scope="col">{view.t('privacy.field.message')}</th>
                <th scope="col">{view.t('privacy.admin.due')}</th>
                <th scope="col">{view.t('privacy.admin.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.feedback.map((item) => {
                const status = feedbackStatus(item, props.now);
                return (
                  <tr key={item.id}>
                    <td>
                      <time dateTime={item.createdAt}>{view.formatDate(item.createdAt)}</time>
                    </td>
                    <td>
                      {item.name && <span>{item.name} </span>}
                      <a href={`mailto:${item.email}`}>{item.email}</a>
                    </td>
                    <td>
                      {item.page && <p class="meta">{item.page}</p>}
                      <p>{item.message}</p>
                    </td>
                    <td>
                      <time dateTime={item.dueAt}>{view.formatDate(item.dueAt)}</time>
                    </td>
                    <td>
                      {status === 'answered' ? (
                        view.t('privacy.admin.answeredOn', { date: view.formatDate(item.answeredAt as string) })
                      ) : (
                        <>
                          <strong>{view.t(status === 'overdue' ? 'privacy.admin.overdue' : 'privacy.admin.open')}</strong>
                          <Form action={view.href(`/admin/accessibility-feedback/${item.id}/answered`)}>
                            <Button>{view.t('privacy.admin.markAnswered')}</Button>
                          </Form>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{view.t('privacy.admin.contactTitle')}</h2>
        {!props.contact && <p>{view.t('privacy.admin.noContact')}</p>}
        <ErrorSummary errors={props.errors} labels={{ feedbackEmail: view.t('privacy.field.contact') }} />
        <Form action={view.href('/admin/accessibility-feedback/contact')}>
          <TextField
            name="feedbackEmail"
            type="email"
            label={view.t('privacy.field.contact')}
            hint={view.t('privacy.field.contactHint')}
            value={props.contact}
            autocomplete="email"
            errors={props.errors}
          />
          <div class="form-actions">
            <Button>{view.t('privacy.admin.saveContact')}</Button>
          </div>
        </Form>
      </section>
    </Layout>
  );
}
