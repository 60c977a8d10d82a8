import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { CheckboxGroup, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { SchedulingFields } from '../../../platform/views/components/scheduling-fields.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import { SURVEY_LIMITS } from '../schemas.ts';

/** The settings form's values: saved, or as sent when they had errors. */
export interface SurveyFormValues {
  title: Partial<LocalizedText>;
  description: Partial<LocalizedText>;
  phaseId: string;
  opensAt: string;
  closesAt: string;
  audience: string;
  audienceIds: string[];
  anonymous: boolean;
  resultsPublic: boolean;
  status: string;
}

/** A choice of the settings form (phase, unit, body). */
export interface Option {
  value: string;
  label: string;
}

/** A process the survey may belong to, with its phases and bodies; `key` is its slug. */
export interface ProcessChoices {
  key: string;
  label: string;
  phases: Option[];
  bodies: Option[];
}

/**
 * What the settings form can offer: the survey's process (on its own page) or every process the
 * actor manages (on the new-survey page, chosen by `processSlug`), each with its phases and bodies,
 * and the organisation's units.
 */
export interface SurveyFormOptions {
  processes: ProcessChoices[];
  units: Option[];
}

/** The bodies of one process as checkboxes; with several processes, each list follows the process chosen. */
function BodyChoices(props: { process: ProcessChoices; values: SurveyFormValues; several: boolean }) {
  const view = useView();
  const { process, values, several } = props;
  return (
    <fieldset class="field" data-follows={several ? 'processSlug' : undefined} data-value={several ? process.key : undefined}>
      <legend class="field__label">
        {several ? view.t('surveys.builder.audienceBodiesOf', { process: process.label }) : view.t('surveys.builder.audienceBodies')}
      </legend>
      {process.bodies.map((body) => (
        <div class="choice" key={body.value}>
          <input
            type="checkbox"
            id={`field-audienceBodies-${body.value}`}
            name="audienceIds[]"
            value={body.value}
            checked={values.audienceIds.includes(body.value)}
          />
          <label for={`field-audienceBodies-${body.value}`}>{body.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The units or bodies an audience of units or bodies names. */
function AudienceChoices(props: { values: SurveyFormValues; options: SurveyFormOptions; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, options, errors } = props;
  const several = options.processes.length > 1;
  return (
    <>
      {options.units.length > 0 && (
        <CheckboxGroup
          name="audienceIds"
          legend={view.t('surveys.builder.audienceUnits')}
          values={values.audienceIds}
          options={options.units}
          errors={errors}
        />
      )}
      {options.processes
        .filter((process) => process.bodies.length > 0)
        .map((process) => (
          <BodyChoices key={process.key} process={process} values={values} several={several} />
        ))}
    </>
  );
}

/** The settings fields' labels, so the error summary says which field each error is about. */
export function surveyFieldLabels(view: ViewContextValue): Record<string, string> {
  return {
    processSlug: view.t('surveys.admin.process'),
    phaseId: view.t('surveys.builder.phase'),
    opensAt: view.t('surveys.builder.opensAt'),
    closesAt: view.t('surveys.builder.closesAt'),
    audience: view.t('surveys.builder.audience'),
    audienceIds: view.t('surveys.builder.audienceUnits'),
    status: view.t('surveys.builder.status'),
  };
}

/** The survey settings fields, shared by the new-survey page and the survey's own admin page. */
export function SurveySettingsFields(props: { values: SurveyFormValues; options: SurveyFormOptions; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, options, errors } = props;
  const several = options.processes.length > 1;
  const flag = (name: 'anonymous' | 'resultsPublic', legendKey: string, labelKey: string) => (
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
        name="title"
        label={view.t('surveys.builder.title')}
        value={values.title}
        errors={errors}
        maxLength={SURVEY_LIMITS.titleMax}
      />
      <LocalizedTextFields
        name="description"
        label={view.t('surveys.builder.description')}
        value={values.description}
        errors={errors}
        required={false}
        multiline
        rows={3}
        maxLength={SURVEY_LIMITS.descriptionMax}
      />
      <SchedulingFields
        phase={{
          label: view.t('surveys.builder.phase'),
          hint: several ? view.t('surveys.builder.phaseHint') : undefined,
          value: values.phaseId,
          options: several ? [] : (options.processes[0]?.phases ?? []),
          groups: several
            ? options.processes.map((process) => ({ key: process.key, label: process.label, options: process.phases }))
            : undefined,
          follows: several ? 'processSlug' : undefined,
          emptyLabel: view.t('surveys.builder.noPhase'),
        }}
        opensAt={{ label: view.t('surveys.builder.opensAt'), hint: view.t('surveys.builder.timeHint'), value: values.opensAt }}
        closesAt={{ label: view.t('surveys.builder.closesAt'), hint: view.t('surveys.builder.timeHint'), value: values.closesAt }}
        audience={{
          label: view.t('surveys.builder.audience'),
          hint: view.t('surveys.builder.audienceHint'),
          value: values.audience,
          options: (['anyone', 'signed_in', 'staff', 'units', 'bodies'] as const).map((audience) => ({
            value: audience,
            label: view.t(`surveys.audience.${audience}`),
          })),
        }}
        errors={errors}
      >
        <AudienceChoices values={values} options={options} errors={errors} />
      </SchedulingFields>
      <p class="notice notice--info">{view.t('surveys.builder.anonymousLimit')}</p>
      {flag('anonymous', 'surveys.builder.anonymousLegend', 'surveys.builder.anonymous')}
      {flag('resultsPublic', 'surveys.builder.resultsLegend', 'surveys.builder.resultsPublic')}
      <SelectField
        name="status"
        label={view.t('surveys.builder.status')}
        value={values.status}
        options={(['draft', 'published'] as const).map((status) => ({ value: status, label: view.t(`surveys.status.${status}`) }))}
        errors={errors}
      />
    </>
  );
}
