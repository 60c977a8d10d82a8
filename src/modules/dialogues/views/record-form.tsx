import type { FieldErrors } from '../../../platform/http/errors.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Commitment, DialogueRecord, Round } from '../model.ts';
import { questionsOf } from '../presenters.ts';
import { DIALOGUES_LIMITS } from '../schemas.ts';

/** A record's form as typed. */
export interface RecordFormValues {
  heldOn: string;
  participants: string;
  visibility: string;
  answers: string[];
  commitments: Array<{ what: string; whoRole: string; dueOn: string }>;
}

const string = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** The form's values from what was posted (unflattened), as typed. */
export function sentRecordValues(values: Record<string, unknown> | undefined): RecordFormValues {
  const sent = values ?? {};
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  return {
    heldOn: string(sent.heldOn),
    participants: string(sent.participants),
    visibility: string(sent.visibility) || 'unit',
    answers: list(sent.answers).map(string),
    commitments: list(sent.commitments).map((row) => {
      const fields = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
      return { what: string(fields.what), whoRole: string(fields.whoRole), dueOn: string(fields.dueOn) };
    }),
  };
}

/** The form's values of a saved record (or an empty one). */
export function recordValues(record: DialogueRecord | undefined, commitments: readonly Commitment[]): RecordFormValues {
  return {
    heldOn: record?.heldOn ?? '',
    participants: record?.participants === null || record?.participants === undefined ? '' : String(record.participants),
    visibility: record?.visibility ?? 'unit',
    answers: record?.answers ?? [],
    commitments: commitments.map((commitment) => ({
      what: commitment.what,
      whoRole: commitment.whoRole,
      dueOn: commitment.dueOn ?? '',
    })),
  };
}

/** The commitment rows of the record form: what, who by role, by when; empty rows to add more. */
function CommitmentRows(props: {
  label: string;
  commitments: RecordFormValues['commitments'];
  rows: number;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  return (
    <fieldset class="field">
      <legend class="field__label">{props.label}</legend>
      <p class="field__hint">{view.t('dialogues.record.commitmentsHint')}</p>
      {props.errors?.commitments && <p class="field__error">{view.t(props.errors.commitments.key, props.errors.commitments.values)}</p>}
      {Array.from({ length: props.rows }, (_, index) => {
        const row = props.commitments[index] ?? { what: '', whoRole: '', dueOn: '' };
        return (
          <fieldset class="field" key={`commitment-${index}`}>
            <legend class="field__label">{view.t('dialogues.record.commitmentNumber', { number: index + 1 })}</legend>
            <TextField
              name={`commitments.${index}.what`}
              label={view.t('dialogues.record.commitmentWhat')}
              value={row.what}
              maxLength={DIALOGUES_LIMITS.commitmentWhatMax}
              errors={props.errors}
            />
            <TextField
              name={`commitments.${index}.whoRole`}
              label={view.t('dialogues.record.commitmentWho')}
              hint={view.t('dialogues.record.commitmentWhoHint')}
              value={row.whoRole}
              maxLength={DIALOGUES_LIMITS.commitmentWhoMax}
              errors={props.errors}
            />
            <TextField
              name={`commitments.${index}.dueOn`}
              type="date"
              label={view.t('dialogues.record.commitmentDue')}
              value={row.dueOn}
              errors={props.errors}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/**
 * The five-minute form of a work community's record: the date, how many took part (no names),
 * an answer to each question, and commitments (what, who by role, by when) with empty rows to add.
 */
export function RecordForm(props: {
  action: string;
  round: Round;
  values: RecordFormValues;
  errors?: FieldErrors | undefined;
  held: boolean;
}) {
  const view = useView();
  const { values, errors } = props;
  const questions = questionsOf(props.round);
  const rows = Math.min(
    DIALOGUES_LIMITS.commitmentsMax + DIALOGUES_LIMITS.commitmentSlots,
    values.commitments.filter((row) => row.what || row.whoRole || row.dueOn).length + DIALOGUES_LIMITS.commitmentSlots,
  );
  const labels: Record<string, string> = {
    heldOn: view.t('dialogues.record.heldOn'),
    participants: view.t('dialogues.record.participants'),
    commitments: view.t('dialogues.record.commitments'),
    visibility: view.t('dialogues.record.visibility'),
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form action={view.href(props.action)}>
        <TextField name="heldOn" type="date" label={labels.heldOn as string} value={values.heldOn} errors={errors} />
        <TextField
          name="participants"
          type="number"
          inputMode="numeric"
          label={labels.participants as string}
          hint={view.t('dialogues.record.participantsHint')}
          value={values.participants}
          errors={errors}
        />
        <SelectField
          name="visibility"
          label={labels.visibility as string}
          hint={view.t('dialogues.record.visibilityHint')}
          value={values.visibility}
          errors={errors}
          options={[
            { value: 'unit', label: view.t('dialogues.record.visibilityUnit') },
            { value: 'public', label: view.t('dialogues.record.visibilityPublic') },
          ]}
        />
        {questions.map((question, index) => (
          <TextArea
            key={question.fi}
            name={`answers.${index}`}
            label={view.t('dialogues.record.answerTo', { number: index + 1, question: localize(question, view.locale) })}
            value={values.answers[index] ?? ''}
            rows={4}
            maxLength={DIALOGUES_LIMITS.answerMax}
            errors={errors}
          />
        ))}
        <CommitmentRows label={labels.commitments as string} commitments={values.commitments} rows={rows} errors={errors} />
        <div class="form-actions">
          <Button variant="secondary">{view.t(props.held ? 'dialogues.record.saveHeld' : 'dialogues.record.saveDraft')}</Button>
          {!props.held && (
            <Button name="submit" value="yes">
              {view.t('dialogues.record.submit')}
            </Button>
          )}
        </div>
      </Form>
    </>
  );
}
