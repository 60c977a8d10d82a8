import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** The confirmation link's page: a button, so a mail scanner that opens links confirms nothing. */
export function ConfirmPage(props: { token: string; process: { title: LocalizedText } }) {
  const view = useView();
  const title = view.t('follows.confirm.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('follows.confirm.question', { process: view.text(props.process.title) })}</p>
      <Form action={view.href(`/follows/confirm/${props.token}`)}>
        <Button>{view.t('follows.confirm.submit')}</Button>
      </Form>
    </Layout>
  );
}

/** The unsubscribe link's page (a GET asks first) and the subscription's management page. */
export function SubscriptionPage(props: { token: string; process: { slug: string; title: LocalizedText }; email: string }) {
  const view = useView();
  const process = view.text(props.process.title);
  const title = view.t('follows.manage.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('follows.manage.what', { process, email: props.email })}</p>
      <Form action={view.href(`/follows/unsubscribe/${props.token}`)}>
        <Button variant="danger">{view.t('follows.manage.unsubscribe')}</Button>
      </Form>
      <p>
        <a href={view.href(`/processes/${props.process.slug}`)}>{view.t('follows.page.back', { process })}</a>
      </p>
    </Layout>
  );
}

/** A one-line answer page: confirmed, unsubscribed. */
export function DonePage(props: { titleKey: string; messageKey: string; process?: { slug: string; title: LocalizedText } | undefined }) {
  const view = useView();
  const title = view.t(props.titleKey);
  const process = props.process ? view.text(props.process.title) : '';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p role="status">{view.t(props.messageKey, { process })}</p>
      {props.process && (
        <p>
          <a href={view.href(`/processes/${props.process.slug}`)}>{view.t('follows.page.back', { process })}</a>
        </p>
      )}
    </Layout>
  );
}
