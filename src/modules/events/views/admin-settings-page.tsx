import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import {
  Button,
  ErrorSummary,
  Form,
  fieldId,
  LocalizedTextFields,
  SelectField,
  TextField,
} from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { QUOTA_ATTRIBUTES, REGISTRATION_MODES } from '../tables.ts';
import { AdminEventFrame } from './admin-event-frame.tsx';
import { ATTRIBUTE_LABELS, MODE_LABELS } from './labels.ts';

/** One row of the quota table: a unit or sector and its seats (blank: no quota). */
export interface QuotaRowValue {
  value: string;
  label: string;
  headcount: number | null;
  seats: string;
}

/** The settings form's fields as text. */
export interface SettingsFormValues {
  registrationMode: string;
  capacity: string;
  quotaAttribute: string;
  quotaSplit: string;
  quotas: QuotaRowValue[];
  deadline: { date: string; time: string };
  quotaRelease: { date: string; time: string };
  answersRetentionDays: string;
  questions: Array<{ id: string; label: Partial<LocalizedText>; required: boolean }>;
}

/** Whether the organisation has units and the process has sectors to share seats by, and where each is made. */
export interface QuotaSources {
  hasUnits: boolean;
  hasSectors: boolean;
  unitsHref: string;
  sectorsHref: string;
}

/**
 * Says what unit and sector quotas are when there is nothing to share seats by
 * yet, with a link to where units or sectors are made: an empty quota table
 * would otherwise leave the organiser guessing.
 */
function QuotaSourceNotes(props: { sources: QuotaSources }) {
  const view = useView();
  const { sources } = props;
  return (
    <>
      {!sources.hasUnits && (
        <p class="field__hint" id="quota-no-units">
          {view.t('events.settings.noUnits')} <a href={sources.unitsHref}>{view.t('events.settings.noUnitsLink')}</a>
        </p>
      )}
      {!sources.hasSectors && (
        <p class="field__hint" id="quota-no-sectors">
          {view.t('events.settings.noSectors')} <a href={sources.sectorsHref}>{view.t('events.settings.noSectorsLink')}</a>
        </p>
      )}
    </>
  );
}

function QuotaTable(props: { values: SettingsFormValues; sources: QuotaSources; errors?: FieldErrors }) {
  const view = useView();
  const { values, sources } = props;
  const unavailable =
    (values.quotaAttribute === 'unit' && !sources.hasUnits) || (values.quotaAttribute === 'sector' && !sources.hasSectors);
  if (unavailable) return null;
  if (values.quotaAttribute === 'none' || values.quotas.length === 0)
    return <p class="field__hint">{view.t('events.settings.quotasAfterSave')}</p>;
  return (
    <fieldset class="field" id={fieldId('quotas')}>
      <legend class="field__label">{view.t('events.settings.quotas')}</legend>
      <p class="field__hint">{view.t('events.settings.quotasHint')}</p>
      {props.errors?.quotas && <p class="field__error">{view.t(props.errors.quotas.key, props.errors.quotas.values)}</p>}
      <div class="choice">
        <input type="radio" id="quota-split-explicit" name="quotaSplit" value="explicit" checked={values.quotaSplit !== 'headcount'} />
        <label for="quota-split-explicit">{view.t('events.settings.splitExplicit')}</label>
      </div>
      {values.quotaAttribute === 'unit' && (
        <div class="choice">
          <input type="radio" id="quota-split-headcount" name="quotaSplit" value="headcount" checked={values.quotaSplit === 'headcount'} />
          <label for="quota-split-headcount">{view.t('events.settings.splitHeadcount')}</label>
        </div>
      )}
      {values.quotas.map((row, index) => (
        <div key={row.value}>
          <input type="hidden" name={`quotas.${index}.value`} value={row.value} />
          <TextField
            name={`quotas.${index}.seats`}
            label={row.headcount === null ? row.label : view.t('events.settings.quotaRow', { unit: row.label, headcount: row.headcount })}
            value={row.seats}
            inputMode="numeric"
            errors={props.errors}
            required={false}
          />
        </div>
      ))}
    </fieldset>
  );
}

function Questions(props: { values: SettingsFormValues; errors?: FieldErrors }) {
  const view = useView();
  return (
    <fieldset class="field">
      <legend class="field__label">{view.t('events.settings.questions')}</legend>
      <p class="field__hint">{view.t('events.settings.questionsHint')}</p>
      {props.values.questions.map((question, index) => (
        <div key={question.id || `new-${index}`}>
          <input type="hidden" name={`questions.${index}.id`} value={question.id} />
          <LocalizedTextFields
            name={`questions.${index}.label`}
            label={view.t('events.settings.question', { number: index + 1 })}
            value={question.label}
            errors={props.errors}
            required={false}
            maxLength={EVENT_LIMITS.questionLabelMax}
          />
          <div class="choice">
            <input
              type="checkbox"
              id={`question-${index}-required`}
              name={`questions.${index}.required`}
              value="on"
              checked={question.required}
            />
            <label for={`question-${index}-required`}>{view.t('events.settings.questionRequired')}</label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function SeatFields(props: { values: SettingsFormValues; sources: QuotaSources; errors?: FieldErrors }) {
  const view = useView();
  const { values, errors } = props;
  const options = <T extends string>(list: readonly T[], labels: Record<T, string>) =>
    list.map((value) => ({ value, label: view.t(labels[value]) }));
  return (
    <>
      <SelectField
        name="registrationMode"
        label={view.t('events.settings.mode')}
        value={values.registrationMode}
        options={options(REGISTRATION_MODES, MODE_LABELS)}
        errors={errors}
      />
      <TextField
        name="capacity"
        label={view.t('events.settings.capacity')}
        hint={view.t('events.settings.capacityHint')}
        value={values.capacity}
        inputMode="numeric"
        errors={errors}
        required={false}
      />
      <SelectField
        name="quotaAttribute"
        label={view.t('events.settings.attribute')}
        hint={view.t('events.settings.attributeHint')}
        value={values.quotaAttribute}
        options={options(QUOTA_ATTRIBUTES, ATTRIBUTE_LABELS)}
        errors={errors}
      />
      <QuotaSourceNotes sources={props.sources} />
      <QuotaTable values={values} sources={props.sources} errors={errors} />
    </>
  );
}

function DateFields(props: { values: SettingsFormValues; errors?: FieldErrors }) {
  const view = useView();
  const { values, errors } = props;
  const optional = { errors, required: false } as const;
  return (
    <>
      <TextField
        name="deadline.date"
        type="date"
        label={view.t('events.settings.deadlineDate')}
        value={values.deadline.date}
        {...optional}
      />
      <TextField
        name="deadline.time"
        type="time"
        label={view.t('events.settings.deadlineTime')}
        value={values.deadline.time}
        {...optional}
      />
      <TextField
        name="quotaRelease.date"
        type="date"
        label={view.t('events.settings.releaseDate')}
        hint={view.t('events.settings.releaseHint')}
        value={values.quotaRelease.date}
        {...optional}
      />
      <TextField
        name="quotaRelease.time"
        type="time"
        label={view.t('events.settings.releaseTime')}
        value={values.quotaRelease.time}
        {...optional}
      />
      <TextField
        name="answersRetentionDays"
        label={view.t('events.settings.retention')}
        hint={view.t('events.settings.retentionHint')}
        value={values.answersRetentionDays}
        inputMode="numeric"
        errors={errors}
      />
    </>
  );
}

/** How registration works: mode, seats, quotas, dates, extra questions and how long their answers are kept. */
export function AdminSettingsPage(props: {
  event: Event;
  action: string;
  values: SettingsFormValues;
  sources: QuotaSources;
  errors?: FieldErrors;
}) {
  const view = useView();
  return (
    <AdminEventFrame
      event={props.event}
      section="settings"
      title={view.t('events.settings.title', { event: view.text(props.event.title) })}
    >
      <Form action={props.action}>
        <ErrorSummary
          errors={props.errors}
          labels={{
            registrationMode: view.t('events.settings.mode'),
            capacity: view.t('events.settings.capacity'),
            quotaAttribute: view.t('events.settings.attribute'),
            'deadline.date': view.t('events.settings.deadlineDate'),
            'deadline.time': view.t('events.settings.deadlineTime'),
            'quotaRelease.date': view.t('events.settings.releaseDate'),
            'quotaRelease.time': view.t('events.settings.releaseTime'),
            answersRetentionDays: view.t('events.settings.retention'),
          }}
        />
        <SeatFields values={props.values} sources={props.sources} errors={props.errors} />
        <DateFields values={props.values} errors={props.errors} />
        <Questions values={props.values} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('events.form.save')}</Button>
        </div>
      </Form>
    </AdminEventFrame>
  );
}
