import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { CheckboxGroup, LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { SURVEY_LIMITS } from '../schemas.ts';
import type { QuestionFormValues } from './question-form-values.ts';
import { partBelongsTo, QUESTION_TYPE_PARTS, type QuestionTypePart } from './question-type-parts.ts';

/** The `name` of the submit buttons that change the form without saving it (add or remove a row, show a type's settings). */
export const INTENT_FIELD = '_intent';

/** Where the form moves after the manager shows another type's settings without JavaScript. */
export const TYPE_SETTINGS_ID = 'question-type-settings';

/**
 * A part of the form for some question types only. It is in the page for
 * every type, so that values survive a change of type, but `hidden` (out of
 * sight and out of the screen reader's reading) unless it belongs to the
 * chosen one; question-editor.js shows and hides parts as the type changes.
 */
function TypePart(props: { part: QuestionTypePart; type: string; children: ComponentChildren }) {
  return (
    <div data-question-types={QUESTION_TYPE_PARTS[props.part].types.join(' ')} hidden={!partBelongsTo(props.part, props.type)}>
      {props.children}
    </div>
  );
}

/** A submit button that changes the form without saving; `fragment` is where the page opens again. */
function IntentButton(props: { action: string; intent: string; fragment: string; children: ComponentChildren }) {
  return (
    <button
      type="submit"
      class="button button--secondary"
      name={INTENT_FIELD}
      value={props.intent}
      formAction={`${props.action}#${props.fragment}`}
    >
      {props.children}
    </button>
  );
}

/** The button after the type select that shows the chosen type's settings (without JavaScript; the script removes it). */
export function ShowTypeSettingsButton(props: { action: string }) {
  const view = useView();
  return (
    <p data-type-refresh>
      <IntentButton action={props.action} intent="type" fragment={TYPE_SETTINGS_ID}>
        {view.t('surveys.builder.showTypeSettings')}
      </IntentButton>
    </p>
  );
}

/**
 * The choice rows, each with its remove button, and a button that adds a row,
 * both without saving: as submit buttons the server answers with the form
 * again, with every value kept; question-editor.js does the same in place.
 */
function ChoiceRows(props: { action: string; values: QuestionFormValues; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { choices } = props.values;
  const full = choices.length >= SURVEY_LIMITS.choicesMax;
  return (
    <fieldset
      class="localized-fields"
      id="field-choices"
      data-choice-list
      data-max={SURVEY_LIMITS.choicesMax}
      data-legend={view.t('surveys.builder.choiceNumber', { number: '{number}' })}
      data-remove={view.t('surveys.builder.removeChoice', { number: '{number}' })}
    >
      <legend class="field__label">{view.t('surveys.builder.choices')}</legend>
      <p class="field__hint">{view.t('surveys.builder.choicesHint')}</p>
      {props.errors?.choices && <p class="field__error">{view.t(props.errors.choices.key, props.errors.choices.values)}</p>}
      {choices.map((choice, index) => (
        <div class="choice-row" id={`choice-${index}`} data-choice-row key={choice.id ?? `new-${index}`}>
          {choice.id && <input type="hidden" name={`choices.${index}.id`} value={choice.id} />}
          <LocalizedTextFields
            name={`choices.${index}.label`}
            label={view.t('surveys.builder.choiceNumber', { number: index + 1 })}
            value={choice.label}
            errors={props.errors}
            required={false}
            maxLength={SURVEY_LIMITS.choiceLabelMax}
          />
          <p>
            <IntentButton action={props.action} intent={`remove-choice-${index}`} fragment="field-choices">
              {view.t('surveys.builder.removeChoice', { number: index + 1 })}
            </IntentButton>
          </p>
        </div>
      ))}
      <p class="field__hint" data-choice-max-note hidden={!full}>
        {view.t('surveys.builder.choicesFull', { max: SURVEY_LIMITS.choicesMax })}
      </p>
      {/* `hidden` on the paragraph: the button's own display (inline-flex) would outrank it. */}
      <p data-add-choice-row hidden={full}>
        <IntentButton action={props.action} intent="add-choice" fragment={`choice-${choices.length}`}>
          {view.t('surveys.builder.addChoice')}
        </IntentButton>
      </p>
    </fieldset>
  );
}

/** The choices and the settings of each question type, each shown only for its own types. */
export function QuestionTypeFields(props: { action: string; values: QuestionFormValues; errors?: FieldErrors | undefined }) {
  const view = useView();
  const { values, errors } = props;
  const type = values.type;
  const number = (name: keyof QuestionFormValues, labelKey: string) => (
    <TextField
      name={name}
      label={view.t(labelKey)}
      value={values[name] as string}
      errors={errors}
      required={false}
      inputMode="numeric"
      maxLength={20}
    />
  );
  return (
    <div id={TYPE_SETTINGS_ID} tabIndex={-1}>
      <TypePart part="choices" type={type}>
        <ChoiceRows action={props.action} values={values} errors={errors} />
      </TypePart>
      <TypePart part="other" type={type}>
        <fieldset class="localized-fields">
          <legend class="field__label">{view.t('surveys.builder.choiceSettings')}</legend>
          <CheckboxGroup
            name="allowOther"
            legend={view.t('surveys.builder.other')}
            values={values.allowOther ? ['yes'] : []}
            options={[{ value: 'yes', label: view.t('surveys.builder.allowOther') }]}
            errors={errors}
          />
          <TypePart part="picks" type={type}>
            {number('minPicks', 'surveys.builder.minPicks')}
            {number('maxPicks', 'surveys.builder.maxPicks')}
          </TypePart>
        </fieldset>
      </TypePart>
      <TypePart part="scale" type={type}>
        <fieldset class="localized-fields">
          <legend class="field__label">{view.t('surveys.builder.scaleSettings')}</legend>
          {number('scaleMin', 'surveys.builder.scaleMin')}
          {number('scaleMax', 'surveys.builder.scaleMax')}
          <LocalizedTextFields
            name="minLabel"
            label={view.t('surveys.builder.minLabel')}
            value={values.minLabel}
            errors={errors}
            required={false}
            maxLength={SURVEY_LIMITS.choiceLabelMax}
          />
          <LocalizedTextFields
            name="maxLabel"
            label={view.t('surveys.builder.maxLabel')}
            value={values.maxLabel}
            errors={errors}
            required={false}
            maxLength={SURVEY_LIMITS.choiceLabelMax}
          />
        </fieldset>
      </TypePart>
      <TypePart part="number" type={type}>
        <fieldset class="localized-fields">
          <legend class="field__label">{view.t('surveys.builder.numberSettings')}</legend>
          {number('numberMin', 'surveys.builder.numberMin')}
          {number('numberMax', 'surveys.builder.numberMax')}
          <CheckboxGroup
            name="integer"
            legend={view.t('surveys.builder.integerLegend')}
            values={values.integer ? ['yes'] : []}
            options={[{ value: 'yes', label: view.t('surveys.builder.integer') }]}
            errors={errors}
          />
        </fieldset>
      </TypePart>
      <TypePart part="length" type={type}>
        <fieldset class="localized-fields">
          <legend class="field__label">{view.t('surveys.builder.textSettings')}</legend>
          {number('maxLength', 'surveys.builder.maxLength')}
        </fieldset>
      </TypePart>
    </div>
  );
}
