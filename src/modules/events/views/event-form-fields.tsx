import type { FieldErrors } from '../../../platform/http/errors.ts';
import { CheckboxGroup, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { EVENT_AUDIENCES, EVENT_KINDS, EVENT_STATUSES } from '../tables.ts';
import type { EventFormChoices, EventFormValues } from './admin-event-form-page.tsx';
import { AUDIENCE_LABELS, KIND_LABELS, STATUS_LABELS } from './labels.ts';

interface FieldsProps {
  values: EventFormValues;
  choices: EventFormChoices;
  errors?: FieldErrors;
}

function optionsOf<T extends string>(view: ViewContextValue, list: readonly T[], labels: Record<T, string>) {
  return list.map((value) => ({ value, label: view.t(labels[value]) }));
}

function WhatFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      <SelectField
        name="kind"
        label={view.t('events.form.kind')}
        value={values.kind}
        options={optionsOf(view, EVENT_KINDS, KIND_LABELS)}
        errors={errors}
      />
      <LocalizedTextFields
        name="title"
        label={view.t('events.form.title')}
        value={values.title}
        errors={errors}
        maxLength={EVENT_LIMITS.titleMax}
      />
      <SelectField
        name="status"
        label={view.t('events.facts.status')}
        value={values.status}
        options={optionsOf(view, EVENT_STATUSES, STATUS_LABELS)}
        errors={errors}
      />
      <SelectField
        name="timelineItemId"
        label={view.t('events.form.timelineItem')}
        hint={view.t('events.form.timelineItemHint')}
        emptyLabel={view.t('events.form.noTimelineItem')}
        value={values.timelineItemId}
        options={props.choices.timelineItems}
        errors={errors}
        required={false}
      />
    </>
  );
}

function WhenWhereFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="startsOn"
        type="date"
        label={view.t('events.form.startsOn')}
        hint={view.t('events.form.timeZoneHint')}
        value={values.startsOn}
        errors={errors}
      />
      <TextField name="startTime" type="time" label={view.t('events.form.startTime')} value={values.startTime} errors={errors} />
      <TextField
        name="endsOn"
        type="date"
        label={view.t('events.form.endsOn')}
        hint={view.t('events.form.endsOnHint')}
        value={values.endsOn}
        errors={errors}
        required={false}
      />
      <TextField name="endTime" type="time" label={view.t('events.form.endTime')} value={values.endTime} errors={errors} />
      <LocalizedTextFields
        name="place"
        label={view.t('events.facts.where')}
        value={values.place}
        errors={errors}
        required={false}
        maxLength={EVENT_LIMITS.placeMax}
      />
      <TextField
        name="onlineUrl"
        type="url"
        label={view.t('events.facts.online')}
        hint={view.t('events.form.onlineHint')}
        value={values.onlineUrl}
        errors={errors}
        required={false}
        maxLength={EVENT_LIMITS.urlMax}
      />
    </>
  );
}

function WhoFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      <SelectField
        name="audience"
        label={view.t('events.facts.audience')}
        value={values.audience}
        options={optionsOf(view, EVENT_AUDIENCES, AUDIENCE_LABELS)}
        errors={errors}
      />
      {props.choices.bodies.length > 0 && (
        <CheckboxGroup
          name="audienceBodyIds"
          legend={view.t('events.form.bodies')}
          hint={view.t('events.form.bodiesHint')}
          values={values.audienceBodyIds}
          options={props.choices.bodies}
          errors={errors}
        />
      )}
      {props.choices.units.length > 0 && (
        <CheckboxGroup
          name="audienceUnitIds"
          legend={view.t('events.form.units')}
          hint={view.t('events.form.unitsHint')}
          values={values.audienceUnitIds}
          options={props.choices.units}
          errors={errors}
        />
      )}
      <LocalizedTextFields
        name="responsible"
        label={view.t('events.facts.responsible')}
        value={values.responsible}
        errors={errors}
        required={false}
        maxLength={EVENT_LIMITS.responsibleMax}
      />
    </>
  );
}

function LongTexts(props: FieldsProps) {
  const view = useView();
  const texts = [
    { name: 'description', label: view.t('events.form.description'), hint: view.t('events.form.markdownHint') },
    { name: 'agenda', label: view.t('events.page.agenda'), hint: view.t('events.form.markdownHint') },
    { name: 'summary', label: view.t('events.page.summary'), hint: view.t('events.form.summaryHint') },
  ] as const;
  return (
    <>
      {texts.map((text) => (
        <LocalizedTextFields
          key={text.name}
          name={text.name}
          label={text.label}
          hint={text.hint}
          value={props.values[text.name]}
          errors={props.errors}
          required={false}
          multiline
          rows={6}
          maxLength={EVENT_LIMITS.textMax}
        />
      ))}
    </>
  );
}

/** The details' labels, so the error summary says which field each error is about. */
export function eventFieldLabels(view: ViewContextValue): Record<string, string> {
  return {
    kind: view.t('events.form.kind'),
    status: view.t('events.facts.status'),
    timelineItemId: view.t('events.form.timelineItem'),
    startsOn: view.t('events.form.startsOn'),
    startTime: view.t('events.form.startTime'),
    endsOn: view.t('events.form.endsOn'),
    endTime: view.t('events.form.endTime'),
    onlineUrl: view.t('events.facts.online'),
    audience: view.t('events.facts.audience'),
    audienceBodyIds: view.t('events.form.bodies'),
    audienceUnitIds: view.t('events.form.units'),
  };
}

/** Every field of an event's details: what, when and where, for whom, and the long texts. */
export function EventFormFields(props: FieldsProps) {
  return (
    <>
      <WhatFields {...props} />
      <WhenWhereFields {...props} />
      <WhoFields {...props} />
      <LongTexts {...props} />
    </>
  );
}
