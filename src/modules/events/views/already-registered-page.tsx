import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';

/**
 * What a second registration of the same person meets: that they are already
 * registered, and the way to their registration. The personal link is shown
 * only to the signed-in owner of the registration; anyone else who typed the
 * address can only have the link mailed to it again, so nobody reaches
 * another person's registration by knowing their e-mail address.
 */
export function AlreadyRegisteredPage(props: { event: Event; email: string; manageHref: string | null; resendAction: string | null }) {
  const view = useView();
  const { event } = props;
  const title = view.t('events.already.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="notice notice--info">{view.t('events.already.lead', { email: props.email, event: view.text(event.title) })}</p>
      {props.manageHref ? (
        <p>
          <a class="button" href={props.manageHref}>
            {view.t('events.already.manage')}
          </a>
        </p>
      ) : (
        <>
          <p>{view.t('events.already.mailed')}</p>
          {props.resendAction && (
            <Form action={props.resendAction}>
              <input type="hidden" name="email" value={props.email} />
              <Button variant="secondary">{view.t('events.already.resend')}</Button>
            </Form>
          )}
        </>
      )}
      <p>
        <a href={view.href(`/events/${event.id}`)}>{view.t('events.already.back', { event: view.text(event.title) })}</a>
      </p>
    </Layout>
  );
}
