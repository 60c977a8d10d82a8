import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Form,
  LocalizedTextFields,
  SelectField,
  TextField,
} from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import type { Round } from '../model.ts';
import { DIALOGUES_LIMITS } from '../schemas.ts';

/** A round's form as typed: every field a string (or the chosen units). */
export interface RoundFormValues {
  processId: string;
  phaseId: string;
  title: Partial<LocalizedText>;
  groundRules: Partial<LocalizedText>;
  questions: Partial<LocalizedText>;
  material: Partial<LocalizedText>;
  facilitatorNotes: Partial<LocalizedText>;
  unitIds: string[];
  opensOn: string;
  dueOn: string;
}

/** What the form offers: the processes with their phases, the units to choose. */
export interface RoundFormOptions {
  processes: Array<{ id: string; label: string; phases: Array<{ value: string; label: string }> }>;
  units: Array<{ value: string; label: string }>;
}

const text = (value: unknown): Partial<LocalizedText> =>
  typeof value === 'object' && value !== null ? (value as Partial<LocalizedText>) : {};
const string = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The form's values from what was posted (unflattened), as typed. */
export function sentRoundValues(values: Record<string, unknown> | undefined): RoundFormValues {
  const sent = values ?? {};
  const units = sent.unitIds;
  return {
    processId: string(sent.processId),
    phaseId: string(sent.phaseId),
    title: text(sent.title),
    groundRules: text(sent.groundRules),
    questions: text(sent.questions),
    material: text(sent.material),
    facilitatorNotes: text(sent.facilitatorNotes),
    unitIds: Array.isArray(units) ? units.filter((id): id is string => typeof id === 'string') : typeof units === 'string' ? [units] : [],
    opensOn: string(sent.opensOn),
    dueOn: string(sent.dueOn),
  };
}

/** The form's values of a saved round. */
export function roundValues(round: Round): RoundFormValues {
  return {
    processId: round.processId,
    phaseId: round.phaseId ?? '',
    title: round.title,
    groundRules: round.groundRules,
    questions: round.questions,
    material: round.material,
    facilitatorNotes: round.facilitatorNotes,
    unitIds: round.unitIds,
    opensOn: round.opensOn,
    dueOn: round.dueOn,
  };
}

/** An empty form (a new round), for the process given. */
export function emptyRoundValues(processId: string): RoundFormValues {
  return {
    processId,
    phaseId: '',
    title: {},
    groundRules: {},
    questions: {},
    material: {},
    facilitatorNotes: {},
    unitIds: [],
    opensOn: '',
    dueOn: '',
  };
}

/** The labels of the fields, so the error summary says which field each error is about. */
export function roundFieldLabels(view: ViewContextValue): Record<string, string> {
  return {
    processId: view.t('dialogues.round.process'),
    phaseId: view.t('dialogues.round.phase'),
    unitIds: view.t('dialogues.round.units'),
    opensOn: view.t('dialogues.round.opensOn'),
    dueOn: view.t('dialogues.round.dueOn'),
  };
}

/** The page with a round's form: a new round or an existing one's guide, units and dates. */
export function RoundFormPage(props: {
  heading: string;
  action: string;
  values: RoundFormValues;
  options: RoundFormOptions;
  errors?: FieldErrors | undefined;
  links?: Array<{ path: string; label: string }>;
}) {
  const view = useView();
  const { values, options, errors } = props;
  const long = (name: keyof RoundFormValues, labelKey: string, hintKey: string, required: boolean) => (
    <LocalizedTextFields
      name={name}
      label={view.t(labelKey)}
      hint={view.t(hintKey)}
      value={values[name] as Partial<LocalizedText>}
      errors={errors}
      required={required}
      multiline
      rows={5}
      maxLength={DIALOGUES_LIMITS.guideMax}
    />
  );
  return (
    <Layout title={props.heading}>
      <h1>{props.heading}</h1>
      {props.links && (
        <ul>
          {props.links.map((link) => (
            <li key={link.path}>
              <a href={view.href(link.path)}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={errors} labels={roundFieldLabels(view)} />
      <Form action={view.href(props.action)}>
        <SelectField
          name="processId"
          label={view.t('dialogues.round.process')}
          value={values.processId}
          emptyLabel={view.t('dialogues.round.chooseProcess')}
          options={options.processes.map((process) => ({ value: process.id, label: process.label }))}
          errors={errors}
        />
        <SelectField
          name="phaseId"
          label={view.t('dialogues.round.phase')}
          hint={view.t('dialogues.round.phaseHint')}
          value={values.phaseId}
          options={[]}
          groups={options.processes.map((process) => ({ key: process.id, label: process.label, options: process.phases }))}
          follows="processId"
          emptyLabel={view.t('dialogues.round.noPhase')}
          errors={errors}
        />
        <LocalizedTextFields
          name="title"
          label={view.t('dialogues.round.title')}
          value={values.title}
          errors={errors}
          maxLength={DIALOGUES_LIMITS.titleMax}
        />
        {long('questions', 'dialogues.round.questions', 'dialogues.round.questionsHint', true)}
        {long('groundRules', 'dialogues.round.groundRules', 'dialogues.round.groundRulesHint', false)}
        {long('material', 'dialogues.round.material', 'dialogues.round.materialHint', false)}
        {long('facilitatorNotes', 'dialogues.round.facilitatorNotes', 'dialogues.round.facilitatorNotesHint', false)}
        <CheckboxGroup
          name="unitIds"
          legend={view.t('dialogues.round.units')}
          hint={view.t('dialogues.round.unitsHint')}
          values={values.unitIds}
          options={options.units}
          errors={errors}
        />
        <TextField name="opensOn" type="date" label={view.t('dialogues.round.opensOn')} value={values.opensOn} errors={errors} />
        <TextField
          name="dueOn"
          type="date"
          label={view.t('dialogues.round.dueOn')}
          hint={view.t('dialogues.round.dueOnHint')}
          value={values.dueOn}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{view.t('dialogues.round.save')}</Button>
        </div>
      </Form>
      <script type="module" src="/assets/platform/follow-choice.js" />
    </Layout>
  );
}
