import type { FieldErrors } from '../../../platform/http/errors.ts';
import { isFlagSet } from '../../../platform/http/validation.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { CheckboxGroup, LocalizedTextFields, SelectField, TextArea } from '../../../platform/views/components/forms.tsx';
import { SchedulingFields } from '../../../platform/views/components/scheduling-fields.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import { toDateTimeLocal } from '../../../platform/zoned-time.ts';
import type { Channel } from '../model.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { AUDIENCES, CHANNEL_STATUSES, MODERATION_MODES } from '../tables.ts';

/** The settings form's values: saved, or as sent when they had errors. */
export interface ChannelFormValues {
  phaseId: string;
  question: Partial<LocalizedText>;
  status: string;
  audience: string;
  audienceBodyIds: string[];
  audienceUnitIds: string[];
  participantsMayAdd: boolean;
  moderation: string;
  opensAt: string;
  closesAt: string;
  resultsPublic: boolean;
}

/** A choice of the form (a phase, a body). */
export interface Option {
  value: string;
  label: string;
}

/** The values of a new channel. */
export function emptyChannelValues(): ChannelFormValues {
  return {
    phaseId: '',
    question: { fi: '' },
    status: 'draft',
    audience: 'anyone',
    audienceBodyIds: [],
    audienceUnitIds: [],
    participantsMayAdd: true,
    moderation: 'before',
    opensAt: '',
    closesAt: '',
    resultsPublic: false,
  };
}

/** The form values of a saved channel, times shown in the organisation's zone. */
export function channelValues(channel: Channel, timeZone: string): ChannelFormValues {
  return {
    phaseId: channel.phaseId ?? '',
    question: channel.question,
    status: channel.status,
    audience: channel.audience,
    audienceBodyIds: channel.audienceBodyIds,
    audienceUnitIds: channel.audienceUnitIds,
    participantsMayAdd: channel.participantsMayAdd,
    moderation: channel.moderation,
    opensAt: toDateTimeLocal(channel.opensAt, timeZone),
    closesAt: toDateTimeLocal(channel.closesAt, timeZone),
    resultsPublic: channel.resultsPublic,
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** Checked boxes as posted (`name[]`), one or many. */
const idsOf = (ids: unknown) =>
  Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : typeof ids === 'string' ? [ids] : [];

/** What was sent, reduced to strings, so a form with errors shows it again. */
export function sentChannelValues(form: Record<string, unknown>): ChannelFormValues {
  const question = (typeof form.question === 'object' && form.question ? form.question : {}) as Record<string, unknown>;
  return {
    phaseId: text(form.phaseId),
    question: { fi: text(question.fi), sv: text(question.sv), en: text(question.en) },
    status: text(form.status),
    audience: text(form.audience),
    audienceBodyIds: idsOf(form.audienceBodyIds),
    audienceUnitIds: idsOf(form.audienceUnitIds),
    participantsMayAdd: isFlagSet(form.participantsMayAdd),
    moderation: text(form.moderation),
    opensAt: text(form.opensAt),
    closesAt: text(form.closesAt),
    resultsPublic: isFlagSet(form.resultsPublic),
  };
}

/** The settings fields' labels, so the error summary says which field each error is about. */
export function channelFieldLabels(view: ViewContextValue): Record<string, string> {
  return {
    phaseId: view.t('statements.admin.phase'),
    opensAt: view.t('statements.admin.opensAt'),
    closesAt: view.t('statements.admin.closesAt'),
    audience: view.t('statements.admin.audience'),
    audienceBodyIds: view.t('statements.admin.audienceBodies'),
    audienceUnitIds: view.t('statements.admin.audienceUnits'),
    moderation: view.t('statements.admin.moderation'),
    status: view.t('statements.admin.status'),
    seedStatements: view.t('statements.admin.seedStatements'),
    seedLanguage: view.t('statements.admin.seedLanguage'),
  };
}

/** The bodies and the units a channel's audience may name (checkbox groups posted as `name[]`). */
function AudienceChoices(props: { values: ChannelFormValues; bodies: Option[]; units: Option[]; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      {props.bodies.length > 0 && (
        <CheckboxGroup
          name="audienceBodyIds"
          legend={view.t('statements.admin.audienceBodies')}
          hint={view.t('statements.admin.audienceBodiesHint')}
          values={values.audienceBodyIds}
          options={props.bodies}
          errors={errors}
        />
      )}
      {props.units.length > 0 && (
        <CheckboxGroup
          name="audienceUnitIds"
          legend={view.t('statements.admin.audienceUnits')}
          hint={view.t('statements.admin.audienceUnitsHint')}
          values={values.audienceUnitIds}
          options={props.units}
          errors={errors}
        />
      )}
    </>
  );
}

/** The channel settings fields, shared by the new-channel page and the channel's admin page. */
export function ChannelSettingsFields(props: {
  values: ChannelFormValues;
  phases: Option[];
  bodies: Option[];
  units: Option[];
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { values, errors } = props;
  const flag = (name: 'participantsMayAdd' | 'resultsPublic', legendKey: string, labelKey: string) => (
    <CheckboxGroup
      name={name}
      legend={view.t(legendKey)}
      values={values[name] ? ['yes'] : []}
      options={[{ value: 'yes', label: view.t(labelKey) }]}
      errors={errors}
    />
  );
  return (
    <>
      <LocalizedTextFields
        name="question"
        label={view.t('statements.admin.question')}
        hint={view.t('statements.admin.questionHint')}
        value={values.question}
        errors={errors}
        maxLength={STATEMENT_LIMITS.questionMax}
      />
      <SchedulingFields
        phase={{
          label: view.t('statements.admin.phase'),
          value: values.phaseId,
          options: props.phases,
          emptyLabel: view.t('statements.admin.noPhase'),
        }}
        opensAt={{ label: view.t('statements.admin.opensAt'), hint: view.t('statements.admin.timeHint'), value: values.opensAt }}
        closesAt={{ label: view.t('statements.admin.closesAt'), hint: view.t('statements.admin.timeHint'), value: values.closesAt }}
        audience={{
          label: view.t('statements.admin.audience'),
          value: values.audience,
          options: AUDIENCES.map((audience) => ({ value: audience, label: view.t(`statements.audience.name.${audience}`) })),
        }}
        errors={errors}
      >
        <AudienceChoices values={values} bodies={props.bodies} units={props.units} errors={errors} />
      </SchedulingFields>
      {flag('participantsMayAdd', 'statements.admin.participantsLegend', 'statements.admin.participantsMayAdd')}
      <SelectField
        name="moderation"
        label={view.t('statements.admin.moderation')}
        value={values.moderation}
        options={MODERATION_MODES.map((mode) => ({ value: mode, label: view.t(`statements.moderation.mode.${mode}`) }))}
        errors={errors}
      />
      {flag('resultsPublic', 'statements.admin.resultsLegend', 'statements.admin.resultsPublic')}
      <SelectField
        name="status"
        label={view.t('statements.admin.status')}
        value={values.status}
        options={CHANNEL_STATUSES.map((status) => ({ value: status, label: view.t(`statements.status.${status}`) }))}
        errors={errors}
      />
    </>
  );
}

/** The seed statements field: one statement per line, and their language. */
export function SeedStatementsFields(props: { value: string; language: string; errors?: FieldErrors | undefined }) {
  const view = useView();
  return (
    <>
      <TextArea
        name="seedStatements"
        label={view.t('statements.admin.seedStatements')}
        hint={view.t('statements.admin.seedStatementsHint', { max: STATEMENT_LIMITS.statementMax })}
        value={props.value}
        rows={8}
        errors={props.errors}
        required={false}
      />
      <SelectField
        name="seedLanguage"
        label={view.t('statements.admin.seedLanguage')}
        value={props.language}
        options={(['fi', 'sv', 'en'] as const).map((locale) => ({ value: locale, label: view.t(`statements.language.${locale}`) }))}
        errors={props.errors}
      />
    </>
  );
}
