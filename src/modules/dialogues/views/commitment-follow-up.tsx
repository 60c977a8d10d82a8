import type { FieldErrors } from '../../../platform/http/errors.ts';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, type OptionGroup, SelectField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ObjectiveOption } from '../../goals/index.ts';
import type { RecordScene } from '../loaders.ts';
import type { Commitment } from '../model.ts';
import { COMMITMENT_STATUSES } from '../tables.ts';
import { COMMITMENT_STATUS_KEYS } from './labels.ts';

/** The follow-up of a held dialogue's commitments on its page: each one's status, with a link to follow it up. */
export function CommitmentFollowUp(props: { scene: RecordScene }) {
  const view = useView();
  const { scene } = props;
  const path = `/dialogues/${scene.round.id}/communities/${scene.community.id}/commitments`;
  return (
    <section aria-labelledby="commitment-follow-up">
      <h2 id="commitment-follow-up">{view.t('dialogues.commitment.followUpHeading')}</h2>
      <p>{view.t('dialogues.commitment.followUpIntro')}</p>
      <ul>
        {scene.commitments.map((commitment, index) => (
          <li key={commitment.id}>
            <a href={view.href(`${path}/${commitment.id}`)}>
              {view.t('dialogues.commitment.heading', { number: index + 1, what: commitment.what })}
            </a>
            {' – '}
            {view.t(COMMITMENT_STATUS_KEYS[commitment.status])}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The process's unit objectives as a select's groups: one per goal, in the goals' order. */
function objectiveGroups(objectives: readonly ObjectiveOption[], locale: Locale): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const objective of objectives) {
    const group = groups.get(objective.goalId) ?? {
      key: objective.goalId,
      label: localize(objective.goalTitle, locale),
      options: [],
    };
    group.options.push({ value: objective.id, label: localize(objective.title, locale) });
    groups.set(objective.goalId, group);
  }
  return [...groups.values()];
}

/** The unit objective a commitment is followed up under: what it is linked to now, and the form to change it. */
function ObjectiveLink(props: {
  path: string;
  commitment: Commitment;
  objectives: readonly ObjectiveOption[];
  value: string;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const linked = props.objectives.find((objective) => objective.id === props.commitment.objectiveId);
  return (
    <section aria-labelledby="objective-heading">
      <h2 id="objective-heading">{view.t('dialogues.commitment.objectiveHeading')}</h2>
      <p>
        {linked
          ? view.t('dialogues.commitment.objectiveNow', {
              objective: localize(linked.title, view.locale),
              goal: localize(linked.goalTitle, view.locale),
            })
          : view.t('dialogues.commitment.noObjective')}
      </p>
      {props.objectives.length === 0 ? (
        <p>{view.t('dialogues.commitment.noObjectives')}</p>
      ) : (
        <Form action={view.href(`${props.path}/objective`)}>
          <SelectField
            name="objectiveId"
            label={view.t('dialogues.commitment.objectiveLabel')}
            hint={view.t('dialogues.commitment.objectiveHint')}
            value={props.value}
            errors={props.errors}
            emptyLabel={view.t('dialogues.commitment.noObjectiveOption')}
            options={[]}
            groups={objectiveGroups(props.objectives, view.locale)}
          />
          <Button>{view.t('dialogues.commitment.saveObjective')}</Button>
        </Form>
      )}
    </section>
  );
}

/** One commitment's follow-up page: its status now, the form to change it, its unit objective and its history. */
export function CommitmentPage(props: {
  scene: RecordScene;
  commitment: Commitment;
  objectives: readonly ObjectiveOption[];
  values: { status: string; objectiveId: string };
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { scene, commitment } = props;
  const number = scene.commitments.findIndex((candidate) => candidate.id === commitment.id) + 1;
  const title = view.t('dialogues.commitment.heading', { number, what: commitment.what });
  const recordPath = `/dialogues/${scene.round.id}/communities/${scene.community.id}`;
  const history = scene.changes.get(commitment.id) ?? [];
  const label = view.t('dialogues.commitment.statusLabel');
  return (
    <Layout title={title}>
      <p>
        <a href={view.href(recordPath)}>
          {view.t('dialogues.record.title', {
            community: localize(scene.community.name, view.locale),
            round: localize(scene.round.title, view.locale),
          })}
        </a>
      </p>
      <h1>{title}</h1>
      <p>{view.t('dialogues.commitment.current', { status: view.t(COMMITMENT_STATUS_KEYS[commitment.status]) })}</p>
      <ErrorSummary errors={props.errors} labels={{ status: label, objectiveId: view.t('dialogues.commitment.objectiveLabel') }} />
      <Form action={view.href(`${recordPath}/commitments/${commitment.id}/status`)}>
        <SelectField
          name="status"
          label={label}
          value={props.values.status}
          errors={props.errors}
          options={COMMITMENT_STATUSES.map((status) => ({ value: status, label: view.t(COMMITMENT_STATUS_KEYS[status]) }))}
        />
        <Button>{view.t('dialogues.commitment.saveStatus')}</Button>
      </Form>
      <ObjectiveLink
        path={`${recordPath}/commitments/${commitment.id}`}
        commitment={commitment}
        objectives={props.objectives}
        value={props.values.objectiveId}
        errors={props.errors}
      />
      <h2>{view.t('dialogues.commitment.history')}</h2>
      {history.length === 0 ? (
        <p>{view.t('dialogues.commitment.noHistory')}</p>
      ) : (
        <ul>
          {history.map((change) => (
            <li key={change.changedAt}>
              {view.t('dialogues.commitment.change', {
                date: view.formatDate(change.changedAt),
                from: view.t(COMMITMENT_STATUS_KEYS[change.fromStatus]),
                to: view.t(COMMITMENT_STATUS_KEYS[change.toStatus]),
              })}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
