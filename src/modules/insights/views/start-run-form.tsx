import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, CheckboxGroup, ErrorSummary, Form, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { CHANNELS } from '../../contributions/index.ts';
import { CORPUS_LANGUAGES } from '../corpus/corpus-filter.ts';
import { INSIGHTS_LIMITS } from '../schemas.ts';
import { CODEBOOK_MINIMUM_SIMILARITY } from '../themes/codebook.ts';

/** What the start form shows: the values sent (or the defaults) as strings. */
export interface StartRunValues {
  channels: string[];
  phaseId: string;
  languages: string[];
  minThemes: string;
  maxThemes: string;
  seed: string;
  codebookId: string;
  minimumSimilarity: string;
}

/** The defaults: every channel and language, 3–12 themes, seed 1. */
export const DEFAULT_START_VALUES: StartRunValues = {
  channels: [],
  phaseId: '',
  languages: [],
  minThemes: '3',
  maxThemes: '12',
  seed: '1',
  codebookId: '',
  minimumSimilarity: String(CODEBOOK_MINIMUM_SIMILARITY),
};

const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** The form's values from what was posted. */
export function sentStartValues(values: Record<string, unknown>): StartRunValues {
  return {
    channels: list(values.channels),
    phaseId: text(values.phaseId, ''),
    languages: list(values.languages),
    minThemes: text(values.minThemes, DEFAULT_START_VALUES.minThemes),
    maxThemes: text(values.maxThemes, DEFAULT_START_VALUES.maxThemes),
    seed: text(values.seed, DEFAULT_START_VALUES.seed),
    codebookId: text(values.codebookId, ''),
    minimumSimilarity: text(values.minimumSimilarity, DEFAULT_START_VALUES.minimumSimilarity),
  };
}

/** The choice to classify into a saved codebook instead of finding themes anew, and its similarity threshold. */
function CodebookFields(props: {
  codebooks: Array<{ value: string; label: string }>;
  values: StartRunValues;
  errors?: FieldErrors | undefined;
  labels: { codebookId: string; minimumSimilarity: string };
}) {
  const view = useView();
  const { values, errors, labels } = props;
  return (
    <fieldset>
      <legend>{view.t('insights.start.codebookLegend')}</legend>
      <SelectField
        name="codebookId"
        label={labels.codebookId}
        hint={view.t('insights.start.codebookHint')}
        value={values.codebookId}
        emptyLabel={view.t('insights.start.noCodebook')}
        options={props.codebooks}
        errors={errors}
        required={false}
      />
      <TextField
        name="minimumSimilarity"
        label={labels.minimumSimilarity}
        hint={view.t('insights.start.minimumSimilarityHint', { min: INSIGHTS_LIMITS.similarityMin, max: INSIGHTS_LIMITS.similarityMax })}
        value={values.minimumSimilarity}
        inputMode="decimal"
        errors={errors}
      />
    </fieldset>
  );
}

/** The analyst's form to find themes: which contributions, how many themes at least and at most, and the seed. */
export function StartRunForm(props: {
  processId: string;
  phases: Array<{ value: string; label: string }>;
  /** The process's saved codebooks, newest first, to classify into. */
  codebooks: Array<{ value: string; label: string }>;
  values: StartRunValues;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { values, errors } = props;
  const labels = {
    minThemes: view.t('insights.start.minThemes'),
    maxThemes: view.t('insights.start.maxThemes'),
    seed: view.t('insights.start.seed'),
    phaseId: view.t('insights.start.phase'),
    channels: view.t('insights.start.channels'),
    languages: view.t('insights.start.languages'),
    codebookId: view.t('insights.start.codebook'),
    minimumSimilarity: view.t('insights.start.minimumSimilarity'),
  };
  return (
    <Form action={view.href(`/admin/insights/processes/${props.processId}/runs`)}>
      <ErrorSummary errors={errors} labels={labels} />
      <CheckboxGroup
        name="channels"
        legend={labels.channels}
        hint={view.t('insights.start.allWhenNone')}
        values={values.channels}
        options={CHANNELS.map((channel) => ({ value: channel, label: view.t(`insights.channel.${channel}`) }))}
        errors={errors}
      />
      <SelectField
        name="phaseId"
        label={labels.phaseId}
        value={values.phaseId}
        emptyLabel={view.t('insights.start.allPhases')}
        options={props.phases}
        errors={errors}
        required={false}
      />
      <CheckboxGroup
        name="languages"
        legend={labels.languages}
        hint={view.t('insights.start.allWhenNone')}
        values={values.languages}
        options={CORPUS_LANGUAGES.map((language) => ({ value: language, label: view.t(`insights.language.${language}`) }))}
        errors={errors}
      />
      {(['minThemes', 'maxThemes'] as const).map((name) => (
        <TextField
          key={name}
          name={name}
          label={labels[name]}
          hint={view.t('insights.start.themesHint', { min: INSIGHTS_LIMITS.themesMin, max: INSIGHTS_LIMITS.themesMax })}
          value={values[name]}
          type="number"
          inputMode="numeric"
          min={INSIGHTS_LIMITS.themesMin}
          max={INSIGHTS_LIMITS.themesMax}
          errors={errors}
        />
      ))}
      <TextField
        name="seed"
        label={labels.seed}
        hint={view.t('insights.start.seedHint')}
        value={values.seed}
        type="number"
        inputMode="numeric"
        min={0}
        max={INSIGHTS_LIMITS.seedMax}
        errors={errors}
      />
      {props.codebooks.length > 0 && <CodebookFields codebooks={props.codebooks} values={values} errors={errors} labels={labels} />}
      <Button>{view.t('insights.start.submit')}</Button>
    </Form>
  );
}
