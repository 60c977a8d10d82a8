import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** What the follow page shows: the process, and whether the signed-in person follows it (null for a visitor). */
export interface FollowPageProps {
  process: { slug: string; title: LocalizedText };
  following: boolean | null;
  email: string;
  errors?: FieldErrors | undefined;
}

/** Following a process: one button for the signed-in, an e-mail form (double opt-in) for anyone else. */
export function FollowPage(props: FollowPageProps) {
  const view = useView();
  const process = view.text(props.process.title);
  const title = view.t('follows.page.title', { process });
  const base = `/processes/${props.process.slug}`;
  const labels = { email: view.t('follows.field.email') };
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('follows.page.what')}</p>
      {props.following === null ? (
        <section aria-labelledby="follows-email">
          <h2 id="follows-email">{view.t('follows.email.title')}</h2>
          <p>{view.t('follows.email.how')}</p>
          <ErrorSummary errors={props.errors} labels={labels} />
          <Form action={view.href(`${base}/follow/email`)}>
            <TextField
              name="email"
              type="email"
              autocomplete="email"
              label={labels.email}
              value={props.email}
              maxLength={254}
              errors={props.errors}
            />
            <div class="form-actions">
              <Button>{view.t('follows.email.submit')}</Button>
            </div>
          </Form>
        </section>
      ) : props.following ? (
        <Form action={view.href(`${base}/unfollow`)}>
          <p>{view.t('follows.page.following')}</p>
          <Button variant="secondary">{view.t('follows.page.unfollow')}</Button>
        </Form>
      ) : (
        <Form action={view.href(`${base}/follow`)}>
          <Button>{view.t('follows.page.follow')}</Button>
        </Form>
      )}
      <p>
        <a href={view.href(base)}>{view.t('follows.page.back', { process })}</a>
      </p>
    </Layout>
  );
}
