import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { RecordScene } from '../loaders.ts';

/**
 * The live dialogue on a work community's page, for its lead while the record is a draft: hold it
 * live in a workshop room they then run as its host, or the room's code, its console and the button
 * that takes its notes into the draft below.
 */
export function LiveSection(props: { scene: RecordScene; path: string }) {
  const view = useView();
  const { scene, path } = props;
  const live = scene.live;
  const notes = live?.prompts.reduce((sum, prompt) => sum + prompt.notes.length, 0) ?? 0;
  return (
    <section aria-labelledby="live-heading">
      <h2 id="live-heading">{view.t('dialogues.live.heading')}</h2>
      {live ? (
        <>
          <p>{view.t('dialogues.live.joinCode', { address: view.href('/join'), code: live.joinCode })}</p>
          <p>{view.t('dialogues.live.counts', { participants: live.participants, notes })}</p>
          <p>
            <a href={view.href(`/admin/workshops/${live.id}`)}>{view.t('dialogues.live.console')}</a>
          </p>
          <Form action={view.href(`${path}/live/notes`)}>
            <Button>{view.t('dialogues.live.takeNotes')}</Button>
          </Form>
        </>
      ) : (
        view.can('dialogues.record.live', scene.subject) && (
          <>
            <p>{view.t('dialogues.live.intro')}</p>
            <Form action={view.href(`${path}/live`)}>
              <Button>{view.t('dialogues.live.open')}</Button>
            </Form>
          </>
        )
      )}
    </section>
  );
}
