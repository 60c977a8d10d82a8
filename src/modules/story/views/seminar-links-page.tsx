import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, CheckboxGroup, ErrorSummary, Form, SelectField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { SeminarOutcome } from '../../workshops/index.ts';
import type { Block, Version } from '../model.ts';
import { blockText } from './story-block.tsx';

/** An outcome item as a choice: its seminar, its place in the agreed order and its text. */
export function useOutcomeLabel() {
  const view = useView();
  return (outcome: SeminarOutcome) => `${view.text(outcome.seminarTitle)} ${outcome.position + 1}. ${outcome.text}`;
}

/**
 * The editors' page that links a council or board seminar's agreed outcome item to the paragraphs of a
 * version it shaped, with the links made so far; a decided version shows them without the form.
 */
export function SeminarLinksPage(props: {
  process: Process;
  version: Version;
  blocks: Block[];
  outcomes: SeminarOutcome[];
  byBlock: Map<string, SeminarOutcome[]>;
  values: { outcomeId: string; blockKeys: string[] };
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const label = useOutcomeLabel();
  const title = view.t('story.seminars.title', { number: props.version.number });
  const paragraphs = props.blocks.filter((block) => block.kind === 'paragraph');
  const excerpt = (block: Block) => blockText(block, view.locale).text.slice(0, 100);
  const labels = { outcomeId: view.t('story.seminars.outcome'), blockKeys: view.t('story.seminars.paragraphs') };
  const base = `/processes/${props.process.slug}/story/versions/${props.version.number}`;
  return (
    <Layout title={title}>
      <p>
        <a href={view.href(base)}>{view.t('story.seminars.back', { number: props.version.number })}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      {paragraphs.some((block) => props.byBlock.has(block.key)) && (
        <ul>
          {paragraphs
            .filter((block) => props.byBlock.has(block.key))
            .map((block) => (
              <li key={block.key}>
                {excerpt(block)} — {(props.byBlock.get(block.key) ?? []).map(label).join('; ')}
              </li>
            ))}
        </ul>
      )}
      {props.outcomes.length === 0 ? (
        <p>{view.t('story.seminars.none')}</p>
      ) : props.version.status === 'decided' ? (
        <p>{view.t('story.version.frozen')}</p>
      ) : (
        <Form action={view.href(`${base}/seminars`)}>
          <SelectField
            name="outcomeId"
            label={labels.outcomeId}
            hint={view.t('story.seminars.outcomeHint')}
            value={props.values.outcomeId}
            options={props.outcomes.map((outcome) => ({ value: outcome.id, label: label(outcome) }))}
            errors={props.errors}
          />
          <CheckboxGroup
            name="blockKeys"
            legend={labels.blockKeys}
            values={props.values.blockKeys}
            options={paragraphs.map((block) => ({ value: block.key, label: excerpt(block) }))}
            errors={props.errors}
          />
          <div class="form-actions">
            <Button>{view.t('story.seminars.submit')}</Button>
          </div>
        </Form>
      )}
    </Layout>
  );
}
