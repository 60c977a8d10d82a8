import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView, type ViewContextValue } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { BlockChange } from '../diff.ts';
import { STORY_LIMITS } from '../schemas.ts';
import { DiffChanges } from './diff-page.tsx';

/** A block as the form shows it: its key (empty for a new one), kind and texts. */
export interface BlockFormValue {
  key: string;
  kind: string;
  text: Partial<LocalizedText>;
}

/** What the new-version form holds: the version it is written on, the changelog and the blocks. */
export interface VersionFormValues {
  baseNumber: number;
  changelog: Partial<LocalizedText>;
  blocks: BlockFormValue[];
}

/** Empty blocks at the end of the form, for new headings and paragraphs. */
export const NEW_BLOCK_SLOTS = 3;

/**
 * The editor's form for the next version: every heading and paragraph of the latest version as
 * fields (fi, sv, en), a few empty ones for new blocks, and what changed. Emptying every language
 * of a block removes it.
 */
/** The labels of the error summary: each block's kind and text (in each language) and the changelog, by field name. */
function errorLabels(view: ViewContextValue, blocks: number, title: string): Record<string, string> {
  const labels: Record<string, string> = { _: title };
  const localized = (name: string, label: string) => {
    labels[name] = label;
    for (const locale of LOCALES) labels[`${name}.${locale}`] = label;
  };
  for (let index = 0; index < blocks; index += 1) {
    labels[`blocks.${index}.kind`] = view.t('story.field.kind');
    localized(`blocks.${index}.text`, view.t('story.field.text'));
  }
  localized('changelog', view.t('story.field.changelog'));
  return labels;
}

export function VersionFormPage(props: {
  process: Process;
  values: VersionFormValues;
  errors?: FieldErrors | undefined;
  /** Another editor's version saved meanwhile: what it changed from the one this form was written on. */
  conflict?: { from: number; to: number; changes: BlockChange[] } | null;
}) {
  const view = useView();
  const title = view.t('story.edit.title', { number: props.values.baseNumber + 1 });
  const kinds = [
    { value: 'paragraph', label: view.t('story.block.paragraph') },
    { value: 'heading', label: view.t('story.block.heading') },
  ];
  return (
    <Layout title={title}>
      <p>
        <a href={view.href(`/processes/${props.process.slug}/story/versions`)}>{view.t('story.versions.title')}</a>
      </p>
      <h1>{title}</h1>
      <p>{view.t('story.edit.intro')}</p>
      <ErrorSummary errors={props.errors} labels={errorLabels(view, props.values.blocks.length, title)} />
      {props.conflict && (
        <section class="notice notice--warning" aria-labelledby="story-conflict">
          <h2 id="story-conflict">{view.t('story.edit.conflictTitle', { from: props.conflict.from, to: props.conflict.to })}</h2>
          <DiffChanges from={props.conflict.from} to={props.conflict.to} changes={props.conflict.changes} headingLevel={3} />
        </section>
      )}
      <Form action={view.href(`/processes/${props.process.slug}/story/versions`)}>
        <input type="hidden" name="baseNumber" value={String(props.values.baseNumber)} />
        {props.values.blocks.map((block, index) => (
          <fieldset class="story-edit__block" key={block.key || `new-${index}`}>
            <legend>{block.key ? view.t('story.edit.block', { number: index + 1 }) : view.t('story.edit.newBlock')}</legend>
            <input type="hidden" name={`blocks.${index}.key`} value={block.key} />
            <SelectField
              name={`blocks.${index}.kind`}
              label={view.t('story.field.kind')}
              value={block.kind}
              options={kinds}
              errors={props.errors}
            />
            <LocalizedTextFields
              name={`blocks.${index}.text`}
              label={view.t('story.field.text')}
              hint={view.t('story.field.textHint')}
              value={block.text}
              multiline
              rows={4}
              required={false}
              maxLength={STORY_LIMITS.blockMax}
              errors={props.errors}
            />
          </fieldset>
        ))}
        <LocalizedTextFields
          name="changelog"
          label={view.t('story.field.changelog')}
          hint={view.t('story.field.changelogHint')}
          value={props.values.changelog}
          multiline
          rows={3}
          maxLength={STORY_LIMITS.changelogMax}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('story.edit.submit')}</Button>
        </div>
      </Form>
    </Layout>
  );
}
