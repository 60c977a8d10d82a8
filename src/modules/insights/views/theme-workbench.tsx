import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, CheckboxGroup, Form, LocalizedTextFields, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { sentenceKey } from '../commands/edits/split-theme.ts';
import type { ThemeWorkbench } from '../queries/theme-workbench.ts';
import { INSIGHTS_LIMITS } from '../schemas.ts';

/** What the merge, split and move forms show: what was posted (after a refusal) or nothing chosen. */
export interface WorkbenchValues {
  sourceThemeId: string;
  sentences: string[];
  newLabel: Partial<LocalizedText>;
  contributionIds: string[];
  targetThemeId: string;
}

/** Nothing chosen yet. */
export const EMPTY_WORKBENCH_VALUES: WorkbenchValues = {
  sourceThemeId: '',
  sentences: [],
  newLabel: {},
  contributionIds: [],
  targetThemeId: '',
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** The forms' values from what was posted to one of them. */
export function sentWorkbenchValues(values: Record<string, unknown>): WorkbenchValues {
  const label = (values.newLabel ?? {}) as Record<string, unknown>;
  return {
    sourceThemeId: text(values.sourceThemeId),
    sentences: list(values.sentences),
    newLabel: { fi: text(label.fi), sv: text(label.sv), en: text(label.en) },
    contributionIds: list(values.contributionIds),
    targetThemeId: text(values.targetThemeId),
  };
}

/** Undo of the run's last edit, and reopening a published (locked) run. */
export function EditControls(props: {
  runId: string;
  workbench: Pick<ThemeWorkbench, 'locked' | 'lastEdit'>;
  may: { undo: boolean; reopen: boolean };
}) {
  const view = useView();
  const { workbench, runId } = props;
  return (
    <>
      {workbench.locked && (
        <div class="notice">
          <p>{view.t('insights.edit.lockedNotice')}</p>
          {props.may.reopen && (
            <Form action={view.href(`/admin/insights/runs/${runId}/reopen`)}>
              <Button variant="secondary">{view.t('insights.edit.reopen')}</Button>
            </Form>
          )}
        </div>
      )}
      {workbench.lastEdit && props.may.undo && (
        <Form action={view.href(`/admin/insights/runs/${runId}/undo`)}>
          <p>{view.t('insights.edit.lastEdit', { kind: view.t(`insights.edit.kind.${workbench.lastEdit.kind}`) })}</p>
          <Button variant="secondary">{view.t('insights.edit.undo')}</Button>
        </Form>
      )}
    </>
  );
}

/** Merge another theme into this one, split chosen sentences off, move chosen contributions to another theme. */
export function ThemeWorkbenchForms(props: {
  runId: string;
  themeId: string;
  workbench: ThemeWorkbench;
  values: WorkbenchValues;
  errors?: FieldErrors | undefined;
  may: { merge: boolean; split: boolean; move: boolean };
}) {
  const view = useView();
  const { workbench, values, errors, may } = props;
  if (workbench.locked) return null;
  const base = `/admin/insights/runs/${props.runId}/themes/${props.themeId}`;
  const themeOptions = workbench.otherThemes.map((theme) => ({ value: theme.id, label: view.text(theme.label) }));
  const contributions = [...new Map(workbench.sentences.map((sentence) => [sentence.contributionId, sentence])).values()];
  return (
    <>
      {may.merge && themeOptions.length > 0 && (
        <section aria-labelledby="merge-title">
          <h2 id="merge-title">{view.t('insights.merge.title')}</h2>
          <Form action={view.href(`${base}/merge`)}>
            <SelectField
              name="sourceThemeId"
              label={view.t('insights.merge.source')}
              hint={view.t('insights.merge.hint')}
              value={values.sourceThemeId}
              emptyLabel={view.t('insights.edit.choose')}
              options={themeOptions}
              errors={errors}
            />
            <Button>{view.t('insights.merge.submit')}</Button>
          </Form>
        </section>
      )}
      {workbench.sentenceTotal > workbench.sentences.length && (
        <p>{view.t('insights.edit.listed', { listed: workbench.sentences.length, total: workbench.sentenceTotal })}</p>
      )}
      {may.split && (
        <section aria-labelledby="split-title">
          <h2 id="split-title">{view.t('insights.split.title')}</h2>
          <Form action={view.href(`${base}/split`)}>
            <CheckboxGroup
              name="sentences"
              legend={view.t('insights.split.sentences')}
              hint={view.t('insights.split.hint')}
              values={values.sentences}
              options={workbench.sentences.map((sentence) => ({
                value: sentenceKey(sentence.contributionId, sentence.sentenceIndex),
                label: sentence.text,
              }))}
              errors={errors}
            />
            <LocalizedTextFields
              name="newLabel"
              label={view.t('insights.split.newLabel')}
              value={values.newLabel}
              maxLength={INSIGHTS_LIMITS.labelMax}
              errors={errors}
            />
            <Button>{view.t('insights.split.submit')}</Button>
          </Form>
        </section>
      )}
      {may.move && themeOptions.length > 0 && (
        <section aria-labelledby="move-title">
          <h2 id="move-title">{view.t('insights.move.title')}</h2>
          <Form action={view.href(`${base}/move`)}>
            <CheckboxGroup
              name="contributionIds"
              legend={view.t('insights.move.contributions')}
              hint={view.t('insights.move.hint')}
              values={values.contributionIds}
              options={contributions.map((sentence) => ({
                value: sentence.contributionId,
                label: [sentence.text, ...(workbench.tags[sentence.contributionId] ?? []).map((tag) => `#${tag}`)].join(' '),
              }))}
              errors={errors}
            />
            <SelectField
              name="targetThemeId"
              label={view.t('insights.move.target')}
              value={values.targetThemeId}
              emptyLabel={view.t('insights.edit.choose')}
              options={themeOptions}
              errors={errors}
            />
            <Button>{view.t('insights.move.submit')}</Button>
          </Form>
        </section>
      )}
    </>
  );
}

/** The theme's contributions, each linking to its page (its sentences and hand tags). */
export function ThemeContributions(props: { runId: string; workbench: ThemeWorkbench }) {
  const view = useView();
  const contributions = [...new Map(props.workbench.sentences.map((sentence) => [sentence.contributionId, sentence])).values()];
  return (
    <section aria-labelledby="contributions-title">
      <h2 id="contributions-title">{view.t('insights.contribution.listTitle')}</h2>
      <ul>
        {contributions.map((sentence) => (
          <li key={sentence.contributionId}>
            <a href={view.href(`/admin/insights/runs/${props.runId}/contributions/${sentence.contributionId}`)}>{sentence.text}</a>
            {(props.workbench.tags[sentence.contributionId] ?? []).length > 0 && (
              <>
                {' '}
                · {view.t('insights.contribution.tagsShown', { tags: (props.workbench.tags[sentence.contributionId] ?? []).join(', ') })}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
