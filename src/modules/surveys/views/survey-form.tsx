import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { CheckboxGroup, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { SchedulingFields } from '../../../platform/views/components/scheduling-fields.tsx';
import { useView } from '../../../platform/views/context.ts';
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

/** What the settings form can offer: the process's phases and bodies, the organisation's units. */
export interface SurveyFormOptions {
  phases: Option[];
  units: Option[];
  bodies: Option[];
}

/** The units or bodies an audience of units or bodies names. */
function AudienceChoices(props: { values: SurveyFormValues; options: SurveyFormOptions; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, options, errors } = props;
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
      {options.bodies.length > 0 && (
        <fieldset class="field">
          <legend class="field__label">{view.t('surveys.builder.audienceBodies')}</legend>
          {options.bodies.map((body) => (
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
      )}
    </>
  );
}

/** The survey settings fields, shared by the new-survey page and the survey's own admin page. */
export function SurveySettingsFields(props: { values: SurveyFormValues; options: SurveyFormOptions; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, options, errors } = props;
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
          value: values.phaseId,
          options: options.phases,
          emptyLabel: view.t('surveys.builder.noPhase'),
        }}
        opensAt={{ label: view.t('surveys.builder.opensAt'), hint: view.t('surveys.builder.timeHint'), value: values.opensAt }}
        closesAt={{ label: view.t('surveys.builder.closesAt'), hint: view.t('surveys.builder.timeHint'), value: values.closesAt }}
        audience={{
          label: view.t('surveys.builder.audience'),
          hint: view.t('surveys.builder.audienceHint'),
          value: values.audience,
          options: (['anyone', 'signed_in', 'units', 'bodies'] as const).map((audience) => ({
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
