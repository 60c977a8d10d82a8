import type { FieldErrors, Message } from '../../http/errors.ts';
import { errorTitleKey } from '../../http/problems.ts';
import { useView } from '../context.ts';
import { ErrorSummary } from './forms.tsx';
import { Layout } from './layout.tsx';

/** The error page in the user's language; never shows internals. */
export function ErrorPage(props: { status: number; message: Message; fieldErrors?: FieldErrors }) {
  const view = useView();
  const title = view.t(errorTitleKey(props.status));
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.fieldErrors} />
      <p>{view.t(props.message.key, props.message.values)}</p>
      <p>
        <a href={view.href('/')}>{view.t('platform.error.backToFrontPage')}</a>
      </p>
    </Layout>
  );
}
