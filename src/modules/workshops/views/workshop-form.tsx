import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { CheckboxGroup, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import { WORKSHOP_LIMITS } from '../schemas.ts';
import { NOTE_NAMES, WORKSHOP_ACCESS, WORKSHOP_KINDS } from '../tables.ts';

/** The set-up form's values: saved, from a template, or as sent when they had errors. */
export interface WorkshopFormValues {
  kind: string;
  title: Partial<LocalizedText>;
  description: Partial<LocalizedText>;
  eventId: string;
  access: string;
  audienceIds: string[];
  noteNames: string;
  noteMaxLength: string;
  notesHidden: boolean;
  dotsPerParticipant: string;
  resultsPublic: boolean;
  prompts: Array<{ id?: string | null | undefined; text: Partial<LocalizedText> }>;
  groups: Array<{ id?: string | null | undefined; name: string }>;
}

/** A choice of the form, already in the page's language. */
export interface FormOption {
  value: string;
  label: string;
}

/** A process a new workshop may belong to, with its events and bodies; `key` is its slug. */
export interface ProcessChoices {
  key: string;
  label: string;
  events: FormOption[];
  bodies: FormOption[];
}

/**
 * What the form offers: the process's events and bodies, the organisation's units. On the new-workshop
 * page with several processes, `processes` holds each one's events and bodies instead, and the lists
 * follow the process chosen in `processSlug`.
 */
export interface WorkshopFormOptions {
  events: FormOption[];
  bodies: FormOption[];
  units: FormOption[];
  processes?: ProcessChoices[];
}

/** The processes whose choices the form offers in groups, or none when the workshop's process is settled. */
function choiceGroups(options: WorkshopFormOptions): ProcessChoices[] {
  return options.processes && options.processes.length > 1 ? options.processes : [];
}

const SPARE_PROMPTS = 2;
const SPARE_GROUPS = 3;

function PromptRows(props: { values: WorkshopFormValues; errors?: FieldErrors | undefined }) {
  const view = useView();
  const rows = [...props.values.prompts, ...Array.from({ length: SPARE_PROMPTS }, () => ({ id: null, text: {} }))];
  return (
    <fieldset class="field" id="field-prompts">
      <legend class="field__label">{view.t('workshops.form.prompts')}</legend>
      <p class="field__hint">{view.t('workshops.form.promptsHint')}</p>
      {props.errors?.prompts && <p class="field__error">{view.t(props.errors.prompts.key, props.errors.prompts.values)}</p>}
      {rows.map((row, index) => (
        <div key={index}>
          {row.id && <input type="hidden" name={`prompts.${index}.id`} value={row.id} />}
          <LocalizedTextFields
            name={`prompts.${index}.text`}
            label={view.t('workshops.form.prompt', { number: index + 1 })}
            value={row.text}
            required={index === 0}
            maxLength={WORKSHOP_LIMITS.promptMax}
            errors={props.errors}
          />
        </div>
      ))}
    </fieldset>
  );
}

function GroupRows(props: { values: WorkshopFormValues; errors?: FieldErrors | undefined }) {
  const view = useView();
  const rows = [...props.values.groups, ...Array.from({ length: SPARE_GROUPS }, () => ({ id: null, name: '' }))];
  return (
    <fieldset class="field" id="field-groups">
      <legend class="field__label">{view.t('workshops.form.groups')}</legend>
      <p class="field__hint">{view.t('workshops.form.groupsHint')}</p>
      {rows.map((row, index) => (
        <div key={index}>
          {row.id && <input type="hidden" name={`groups.${index}.id`} value={row.id} />}
          <TextField
            name={`groups.${index}.name`}
            label={view.t('workshops.form.group', { number: index + 1 })}
            value={row.name}
            maxLength={WORKSHOP_LIMITS.groupNameMax}
            required={false}
            errors={props.errors}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** Who may join: anyone with the code, or members of chosen bodies, or staff of chosen units. */
function AccessFields(props: { values: WorkshopFormValues; options: WorkshopFormOptions; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, options, errors } = props;
  return (
    <>
      <SelectField
        name="access"
        label={view.t('workshops.form.access')}
        hint={view.t('workshops.form.accessHint')}
        value={values.access}
        options={WORKSHOP_ACCESS.map((access) => ({ value: access, label: view.t(`workshops.access.${access}`) }))}
        errors={errors}
      />
      {choiceGroups(options).length === 0 && options.bodies.length > 0 && (
        <CheckboxGroup
          name="audienceBodyIds"
          legend={view.t('workshops.form.audienceBodies')}
          values={values.audienceIds}
          options={options.bodies}
          errors={errors}
        />
      )}
      {choiceGroups(options)
        .filter((process) => process.bodies.length > 0)
        .map((process) => (
          <CheckboxGroup
            key={process.key}
            name="audienceBodyIds"
            legend={view.t('platform.form.groupLegend', { legend: view.t('workshops.form.audienceBodies'), group: process.label })}
            values={values.audienceIds}
            options={process.bodies}
            errors={errors}
            follows={{ name: 'processSlug', value: process.key }}
          />
        ))}
      {options.units.length > 0 && (
        <CheckboxGroup
          name="audienceUnitIds"
          legend={view.t('workshops.form.audienceUnits')}
          values={values.audienceIds}
          options={options.units}
          errors={errors}
        />
      )}
      {errors?.audienceIds && (
        <p class="field__error" id="field-audienceIds">
          {view.t(errors.audienceIds.key, errors.audienceIds.values)}
        </p>
      )}
    </>
  );
}

/** The set-up fields' labels, so the error summary says which field each error is about. */
export function workshopFieldLabels(view: ViewContextValue): Record<string, string> {
  return {
    processSlug: view.t('workshops.admin.process'),
    kind: view.t('workshops.form.kind'),
    eventId: view.t('workshops.form.event'),
    access: view.t('workshops.form.access'),
    audienceIds: view.t('workshops.form.access'),
    noteNames: view.t('workshops.form.noteNames'),
    noteMaxLength: view.t('workshops.form.noteMaxLength'),
    dotsPerParticipant: view.t('workshops.form.dots'),
    prompts: view.t('workshops.form.prompts'),
  };
}

/** The set-up fields shared by the new and edit pages. */
export function WorkshopFields(props: { values: WorkshopFormValues; options: WorkshopFormOptions; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, options, errors } = props;
  return (
    <>
      <SelectField
        name="kind"
        label={view.t('workshops.form.kind')}
        value={values.kind}
        options={WORKSHOP_KINDS.map((kind) => ({ value: kind, label: view.t(`workshops.kind.${kind}`) }))}
        errors={errors}
      />
      <LocalizedTextFields
        name="title"
        label={view.t('workshops.form.title')}
        value={values.title}
        maxLength={WORKSHOP_LIMITS.titleMax}
        errors={errors}
      />
      <LocalizedTextFields
        name="description"
        label={view.t('workshops.form.description')}
        value={values.description}
        required={false}
        multiline
        rows={3}
        maxLength={WORKSHOP_LIMITS.descriptionMax}
        errors={errors}
      />
      <SelectField
        name="eventId"
        label={view.t('workshops.form.event')}
        hint={view.t('workshops.form.eventHint')}
        value={values.eventId}
        emptyLabel={view.t('workshops.form.noEvent')}
        options={choiceGroups(options).length > 0 ? [] : options.events}
        groups={choiceGroups(options).map((process) => ({ key: process.key, label: process.label, options: process.events }))}
        follows={choiceGroups(options).length > 0 ? 'processSlug' : undefined}
        errors={errors}
      />
      <PromptRows values={values} errors={errors} />
      <GroupRows values={values} errors={errors} />
      <AccessFields values={values} options={options} errors={errors} />
      <SelectField
        name="noteNames"
        label={view.t('workshops.form.noteNames')}
        value={values.noteNames}
        options={NOTE_NAMES.map((names) => ({ value: names, label: view.t(`workshops.noteNames.${names}`) }))}
        errors={errors}
      />
      <TextField
        name="noteMaxLength"
        type="number"
        inputMode="numeric"
        label={view.t('workshops.form.noteMaxLength')}
        hint={view.t('workshops.form.noteMaxLengthHint', { min: WORKSHOP_LIMITS.noteLengthMin, max: WORKSHOP_LIMITS.noteLengthMax })}
        value={values.noteMaxLength}
        errors={errors}
      />
      <TextField
        name="dotsPerParticipant"
        type="number"
        inputMode="numeric"
        label={view.t('workshops.form.dots')}
        hint={view.t('workshops.form.dotsHint', { max: WORKSHOP_LIMITS.dotsMax })}
        value={values.dotsPerParticipant}
        errors={errors}
      />
      <fieldset class="field">
        <legend class="field__label">{view.t('workshops.form.visibility')}</legend>
        <div class="choice">
          <input type="checkbox" id="field-notesHidden" name="notesHidden" value="1" checked={values.notesHidden} />
          <label for="field-notesHidden">{view.t('workshops.form.notesHidden')}</label>
        </div>
        <div class="choice">
          <input type="checkbox" id="field-resultsPublic" name="resultsPublic" value="1" checked={values.resultsPublic} />
          <label for="field-resultsPublic">{view.t('workshops.form.resultsPublic')}</label>
        </div>
      </fieldset>
    </>
  );
}
