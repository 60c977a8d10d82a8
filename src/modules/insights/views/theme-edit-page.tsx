import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { RunTheme } from '../model.ts';
import { INSIGHTS_LIMITS } from '../schemas.ts';
import { ThemeQuotes } from './theme-card.tsx';

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

/** An analyst names a theme and writes its summary, in fi, sv and en, with its quotes at hand. */
export function ThemeEditPage(props: {
  process: { id: string; title: LocalizedText };
  runId: string;
  theme: RunTheme;
  values: ThemeWordingValues;
  errors?: FieldErrors | undefined;
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
    </AdminLayout>
  );
}
