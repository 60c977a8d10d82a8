import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Version } from '../model.ts';
import { DECISION_LIMITS } from '../schemas.ts';

/** The decision form's fields as it holds them. */
export interface DecisionFormValues {
  bodyId: string;
  meetingDate: string;
  sectionNumber: string;
  text: Partial<LocalizedText>;
  votesFor: string;
  votesAgainst: string;
  votesAbstain: string;
  dissent: Partial<LocalizedText>;
  minutesUrl: string;
}

const VOTES = ['votesFor', 'votesAgainst', 'votesAbstain'] as const;

/** The error summary's labels, by field name. */
function decisionLabels(view: ViewContextValue, title: string): Record<string, string> {
  const labels: Record<string, string> = {
    _: title,
    bodyId: view.t('story.decision.body'),
    meetingDate: view.t('story.decision.meetingDate'),
    sectionNumber: view.t('story.decision.sectionNumber'),
    votesFor: view.t('story.decision.votesFor'),
    votesAgainst: view.t('story.decision.votesAgainst'),
    votesAbstain: view.t('story.decision.votesAbstain'),
    minutesUrl: view.t('story.decision.minutesUrl'),
  };
  for (const locale of LOCALES) {
    labels[`text.${locale}`] = view.t('story.decision.text');
    labels[`dissent.${locale}`] = view.t('story.decision.dissent');
  }
  return labels;
}

/** The vote: for, against, abstaining; all empty when the body decided without one. */
function VoteFields(props: { values: DecisionFormValues; labels: Record<string, string>; errors?: FieldErrors | undefined }) {
  const view = useView();
  return (
    <fieldset class="field">
      <legend class="field__label">{view.t('story.decision.votes')}</legend>
      <p class="field__hint">{view.t('story.decision.votesHint')}</p>
      {VOTES.map((name) => (
        <TextField
          key={name}
          name={name}
          type="number"
          inputMode="numeric"
          min={0}
          max={DECISION_LIMITS.votesMax}
          label={props.labels[name] ?? ''}
          value={props.values[name]}
          required={false}
          errors={props.errors}
        />
      ))}
    </fieldset>
  );
}

/** The decision's fields and the button. */
function DecisionForm(props: {
  action: string;
  bodies: Array<{ value: string; label: string }>;
  values: DecisionFormValues;
  labels: Record<string, string>;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { values, errors, labels } = props;
  return (
    <Form action={props.action}>
      <SelectField
        name="bodyId"
        label={labels.bodyId ?? ''}
        value={values.bodyId}
        options={props.bodies}
        emptyLabel={view.t('story.decision.chooseBody')}
        errors={errors}
      />
      <TextField
        name="meetingDate"
        type="date"
        label={labels.meetingDate ?? ''}
        hint={view.t('story.decision.meetingDateHint')}
        value={values.meetingDate}
        errors={errors}
      />
      <TextField
        name="sectionNumber"
        label={labels.sectionNumber ?? ''}
        hint={view.t('story.decision.sectionNumberHint')}
        value={values.sectionNumber}
        maxLength={DECISION_LIMITS.sectionMax}
        errors={errors}
      />
      <LocalizedTextFields
        name="text"
        label={view.t('story.decision.text')}
        hint={view.t('story.decision.textHint')}
        value={values.text}
        multiline
        rows={4}
        maxLength={DECISION_LIMITS.textMax}
        errors={errors}
      />
      <VoteFields values={values} labels={labels} errors={errors} />
      <LocalizedTextFields
        name="dissent"
        label={view.t('story.decision.dissent')}
        hint={view.t('story.decision.dissentHint')}
        value={values.dissent}
        multiline
        rows={3}
        required={false}
        maxLength={DECISION_LIMITS.dissentMax}
        errors={errors}
      />
      <TextField
        name="minutesUrl"
        type="url"
        label={labels.minutesUrl ?? ''}
        hint={view.t('story.decision.minutesUrlHint')}
        value={values.minutesUrl}
        maxLength={DECISION_LIMITS.urlMax}
        required={false}
        errors={errors}
      />
      <div class="form-actions">
        <Button>{view.t('story.decision.submit')}</Button>
      </div>
    </Form>
  );
}

/**
 * The editors' form that records a body's decision on a version from its minutes: the body, the
 * meeting date, the section (§), the decision, the vote if any, dissenting opinions and a link to the
 * minutes. A decided version shows that it is frozen instead.
 */
export function DecisionFormPage(props: {
  process: Process;
  version: Version;
  bodies: Array<{ value: string; label: string }>;
  values: DecisionFormValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t('story.decision.title', { number: props.version.number });
  const labels = decisionLabels(view, title);
  const version = `/processes/${props.process.slug}/story/versions/${props.version.number}`;
  return (
    <Layout title={title}>
      <p>
        <a href={view.href(version)}>{view.t('story.version.name', { number: props.version.number })}</a>
      </p>
      <h1>{title}</h1>
      {props.version.status === 'decided' ? (
        <p class="notice notice--info">{view.t('story.version.frozen')}</p>
      ) : (
        <>
          <p>{view.t('story.decision.intro')}</p>
          <ErrorSummary errors={props.errors} labels={labels} />
          <DecisionForm
            action={view.href(`${version}/decision`)}
            bodies={props.bodies}
            values={props.values}
            labels={labels}
            errors={props.errors}
          />
        </>
      )}
    </Layout>
  );
}
