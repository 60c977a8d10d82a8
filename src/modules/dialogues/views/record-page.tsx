import type { FieldErrors } from '../../../platform/http/errors.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { RecordScene } from '../loaders.ts';
import { coverageStatus } from '../model.ts';
import { questionsOf } from '../presenters.ts';
import { CommitmentFollowUp } from './commitment-follow-up.tsx';
import { Guide } from './guide.tsx';
import { STATUS_KEYS } from './labels.ts';
import { LiveSection } from './live-section.tsx';
import { RecordForm, type RecordFormValues } from './record-form.tsx';

/** What a record says, for those who may see it but not edit it (the coordinator; the community's members, its draft too). */
function RecordView(props: { scene: RecordScene }) {
  const view = useView();
  const { record, commitments, round } = props.scene;
  if (!record) return <p>{view.t('dialogues.record.notOpened')}</p>;
  return (
    <>
      {record.status !== 'held' && <p>{view.t('dialogues.record.draftForReaders')}</p>}
      <dl class="summary-list">
        <div>
          <dt>{view.t('dialogues.record.heldOn')}</dt>
          <dd>{record.heldOn ? view.formatDate(record.heldOn) : '–'}</dd>
        </div>
        <div>
          <dt>{view.t('dialogues.record.participants')}</dt>
          <dd>{record.participants ?? '–'}</dd>
        </div>
      </dl>
      {questionsOf(round).map((question, index) => (
        <section key={question.fi}>
          <h3>{localize(question, view.locale)}</h3>
          <p>{record.answers[index] || '–'}</p>
        </section>
      ))}
      <h3>{view.t('dialogues.record.commitments')}</h3>
      {commitments.length === 0 ? (
        <p>{view.t('dialogues.record.noCommitments')}</p>
      ) : (
        <ul>
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              {view.t('dialogues.record.commitmentLine', {
                what: commitment.what,
                who: commitment.whoRole || '–',
                due: commitment.dueOn ? view.formatDate(commitment.dueOn) : '–',
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A work community's dialogue of a round: its status, then the open button, the record's form or the record itself; the guide below. */
export function RecordPage(props: { scene: RecordScene; today: string; values: RecordFormValues; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { scene } = props;
  const title = view.t('dialogues.record.title', {
    community: localize(scene.community.name, view.locale),
    round: localize(scene.round.title, view.locale),
  });
  const status = coverageStatus(scene.record, scene.round.dueOn, props.today);
  const path = `/dialogues/${scene.round.id}/communities/${scene.community.id}`;
  const editable = view.can('dialogues.record.edit', scene.subject);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>
        <strong>{view.t(STATUS_KEYS[status])}</strong>
        {scene.record?.late && <> {view.t('dialogues.record.late')}</>}
      </p>
      {editable && !scene.record && (
        <>
          <p>{view.t('dialogues.record.openIntro')}</p>
          <Form action={view.href(`${path}/open`)}>
            <Button>{view.t('dialogues.record.open')}</Button>
          </Form>
        </>
      )}
      {editable && scene.record?.status !== 'held' && <LiveSection scene={scene} path={path} />}
      {editable && scene.record && (
        <>
          <h2>{view.t('dialogues.record.formHeading')}</h2>
          <p>{view.t('dialogues.record.formIntro')}</p>
          <RecordForm action={path} round={scene.round} values={props.values} errors={props.errors} held={scene.record.status === 'held'} />
        </>
      )}
      {!editable && <RecordView scene={scene} />}
      {scene.record?.status === 'held' && scene.commitments.length > 0 && view.can('dialogues.commitment.follow', scene.subject) && (
        <CommitmentFollowUp scene={scene} />
      )}
      <h2>{view.t('dialogues.guide.heading')}</h2>
      <Guide round={scene.round} headingLevel="h3" />
    </Layout>
  );
}
