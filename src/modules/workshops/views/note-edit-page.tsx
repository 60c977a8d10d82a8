import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextArea } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Workshop } from '../model.ts';
import { WorkshopAssets } from './assets.tsx';

/** Editing one's own note while writing is open. */
export function NoteEditPage(props: { workshop: Workshop; noteId: string; value: string; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('workshops.room.editTitle');
  return (
    <Layout title={title}>
      <WorkshopAssets />
      <p>
        <a href={view.href(`/workshops/${props.workshop.id}`)}>{view.text(props.workshop.title)}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <Form action={view.href(`/workshops/${props.workshop.id}/notes/${props.noteId}/edit`)}>
        <TextArea
          name="text"
          label={view.t('workshops.room.noteLabel')}
          hint={view.t('workshops.room.noteHint', { max: props.workshop.noteMaxLength })}
          maxLength={props.workshop.noteMaxLength}
          rows={3}
          value={props.value}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('workshops.room.save')}</Button>
          <a class="button button--secondary" href={view.href(`/workshops/${props.workshop.id}`)}>
            {view.t('workshops.room.cancel')}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
