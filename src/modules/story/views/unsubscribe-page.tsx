import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';

/** A response mail's unsubscribe link: with a token, the question and its button (a GET stops nothing); without, the answer. */
export function UnsubscribePage(props: { process: Process; token: string | null }) {
  const view = useView();
  const title = view.t('story.unsubscribe.title');
  const process = view.text(props.process.title);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {props.token ? (
        <>
          <p>{view.t('story.unsubscribe.question', { process })}</p>
          <Form action={view.href(`/processes/${props.process.slug}/story/unsubscribe/${props.token}`)}>
            <Button>{view.t('story.unsubscribe.submit')}</Button>
          </Form>
        </>
      ) : (
        <p role="status">{view.t('story.unsubscribe.done', { process })}</p>
      )}
      <p>
        <a href={view.href(`/processes/${props.process.slug}/story`)}>{view.t('story.page.backToStory')}</a>
      </p>
    </Layout>
  );
}
