import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { RunTheme } from '../model.ts';
import type { ThemeWorkbench } from '../queries/theme-workbench.ts';
import { INSIGHTS_LIMITS } from '../schemas.ts';
import { ThemeQuotes } from './theme-card.tsx';
import { CounterpartSuggestions, CounterpartsForm, CounterpartsLine, RejectedCounterparts } from './theme-counterparts.tsx';
import { EditControls, ThemeContributions, ThemeWorkbenchForms, type WorkbenchValues } from './theme-workbench.tsx';

/** The name and summary fields as shown: what was posted, or what is stored. */
export interface ThemeWordingValues {
  label: Partial<LocalizedText>;
  summary: Partial<LocalizedText>;
}

const part = (value: unknown): Partial<LocalizedText> => {
  if (!value || typeof value !== 'object') return {};
  const text = value as Record<string, unknown>;
  const pick = (locale: string) => (typeof text[locale] === 'string' ? (text[locale] as string) : undefined);
  return { fi: pick('fi') ?? '', sv: pick('sv'), en: pick('en') };
};

/** The form's values from what was posted. */
export function sentWordingValues(values: Record<string, unknown>): ThemeWordingValues {
  return { label: part(values.label), summary: part(values.summary) };
}

/** What the analyst may do on a theme's page. */
export interface ThemePageMay {
  merge: boolean;
  split: boolean;
  move: boolean;
  undo: boolean;
  reopen: boolean;
  counterparts: boolean;
}

/**
 * An analyst names a theme and writes its summary, in fi, sv and en, with its quotes at hand;
 * merges another theme into it, splits sentences off, moves contributions, undoes the last edit.
 * `form` names the form a refusal came from, so its errors and values show there alone.
 */
export function ThemeEditPage(props: {
  process: { id: string; title: LocalizedText };
  runId: string;
  theme: RunTheme;
  values: ThemeWordingValues;
  errors?: FieldErrors | undefined;
  workbench: ThemeWorkbench;
  /** Suggested counterparts in other languages, not yet linked. */
  suggestions?: Array<{ counterpartId: string; similarity: number }>;
  /** Suggestions the analyst rejected, not suggested again until taken back. */
  rejectedIds?: string[];
  workbenchValues: WorkbenchValues;
  workbenchErrors?: FieldErrors | undefined;
  may: ThemePageMay;
}) {
  const view = useView();
  const title = view.t('insights.theme.editTitle', { theme: props.theme.generatedLabel });
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('insights.admin.title'), href: view.href('/admin/insights') },
        { label: view.text(props.process.title), href: view.href(`/admin/insights/processes/${props.process.id}`) },
        { label: view.t('insights.run.crumb'), href: view.href(`/admin/insights/runs/${props.runId}`) },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={props.workbenchErrors} />
      <EditControls runId={props.runId} workbench={props.workbench} may={props.may} />
      <Form action={view.href(`/admin/insights/runs/${props.runId}/themes/${props.theme.id}`)}>
        <ErrorSummary errors={props.errors} />
        <LocalizedTextFields
          name="label"
          label={view.t('insights.theme.label')}
          hint={view.t('insights.theme.labelHint')}
          value={props.values.label}
          maxLength={INSIGHTS_LIMITS.labelMax}
          errors={props.errors}
        />
        <LocalizedTextFields
          name="summary"
          label={view.t('insights.theme.summary')}
          hint={view.t('insights.theme.summaryHint')}
          value={props.values.summary}
          multiline
          rows={4}
          maxLength={INSIGHTS_LIMITS.summaryMax}
          errors={props.errors}
          required={false}
        />
        <Button>{view.t('insights.theme.save')}</Button>
      </Form>
      <h2>{view.t('insights.theme.quotes')}</h2>
      <ThemeQuotes theme={props.theme} />
      <CounterpartsLine counterpartIds={props.theme.counterpartIds} themes={props.workbench.otherThemes} />
      {props.may.counterparts && props.suggestions && (
        <CounterpartSuggestions
          runId={props.runId}
          themeId={props.theme.id}
          suggestions={props.suggestions}
          otherThemes={props.workbench.otherThemes}
          counterpartIds={props.theme.counterpartIds}
        />
      )}
      {props.may.counterparts && props.rejectedIds && (
        <RejectedCounterparts
          runId={props.runId}
          themeId={props.theme.id}
          rejectedIds={props.rejectedIds}
          otherThemes={props.workbench.otherThemes}
        />
      )}
      {props.may.counterparts && (
        <CounterpartsForm
          runId={props.runId}
          themeId={props.theme.id}
          otherThemes={props.workbench.otherThemes}
          counterpartIds={props.theme.counterpartIds}
          errors={props.workbenchErrors}
        />
      )}
      <ThemeWorkbenchForms
        runId={props.runId}
        themeId={props.theme.id}
        workbench={props.workbench}
        values={props.workbenchValues}
        errors={props.workbenchErrors}
        may={props.may}
      />
      <ThemeContributions runId={props.runId} workbench={props.workbench} />
    </AdminLayout>
  );
}
