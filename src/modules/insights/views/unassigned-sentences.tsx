import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, CheckboxGroup, ErrorSummary, Form, LocalizedTextFields } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { sentenceKey } from '../commands/edits/split-theme.ts';
import type { ThemeQuote } from '../model.ts';
import { INSIGHTS_LIMITS } from '../schemas.ts';
import type { WorkbenchValues } from './theme-workbench.tsx';

/**
 * The sentences in no theme, kept visible: the next phase's new themes may be among them. Where the
 * analyst may (and the run is not locked), they are choices of a form that makes a new theme of them.
 */
export function UnassignedSentences(props: {
  runId: string;
  count: number;
  sentences: ThemeQuote[];
  mayCreate: boolean;
  values: Pick<WorkbenchValues, 'sentences' | 'newLabel'>;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { values, errors } = props;
  return (
    <section aria-labelledby="unassigned-title">
      <h2 id="unassigned-title">{view.t('insights.run.unassignedTitle', { count: props.count })}</h2>
      <p>{view.t('insights.run.unassignedHint')}</p>
      {props.count > props.sentences.length && (
        <p>{view.t('insights.run.unassignedMore', { shown: props.sentences.length, count: props.count })}</p>
      )}
      {props.mayCreate ? (
        <Form action={view.href(`/admin/insights/runs/${props.runId}/themes`)}>
          <ErrorSummary errors={errors} />
          <CheckboxGroup
            name="sentences"
            legend={view.t('insights.unassigned.sentences')}
            values={values.sentences}
            options={props.sentences.map((sentence) => ({
              value: sentenceKey(sentence.contributionId, sentence.sentenceIndex),
              label: sentence.text,
            }))}
            errors={errors}
          />
          <LocalizedTextFields
            name="newLabel"
            label={view.t('insights.unassigned.newLabel')}
            value={values.newLabel}
            maxLength={INSIGHTS_LIMITS.labelMax}
            errors={errors}
          />
          <Button>{view.t('insights.unassigned.submit')}</Button>
        </Form>
      ) : (
        <ul>
          {props.sentences.map((sentence) => (
            <li
              key={sentenceKey(sentence.contributionId, sentence.sentenceIndex)}
              lang={sentence.language === 'unknown' ? undefined : sentence.language}
            >
              {sentence.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
