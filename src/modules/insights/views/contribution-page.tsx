import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { INSIGHTS_LIMITS } from '../schemas.ts';

/** A contribution as a run read it: its masked sentences, each with its theme, and the analyst's hand tags. */
export function ContributionPage(props: {
  process: { id: string; title: LocalizedText };
  runId: string;
  contributionId: string;
  sentences: Array<{ sentence_index: number; text: string; theme_id: string | null; language: string }>;
  themeLabels: Record<string, LocalizedText>;
  tags: string;
  mayTag: boolean;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t('insights.contribution.title');
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
      <ol>
        {props.sentences.map((sentence) => {
          const label = sentence.theme_id ? props.themeLabels[sentence.theme_id] : undefined;
          return (
            <li key={sentence.sentence_index}>
              <blockquote lang={sentence.language === 'unknown' ? undefined : sentence.language}>
                <p>{sentence.text}</p>
              </blockquote>
              <p class="field__hint">
                {sentence.theme_id && label ? (
                  <a href={view.href(`/admin/insights/runs/${props.runId}/themes/${sentence.theme_id}`)}>{view.text(label)}</a>
                ) : (
                  view.t('insights.contribution.unassigned')
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {props.mayTag && (
        <Form action={view.href(`/admin/insights/runs/${props.runId}/contributions/${props.contributionId}`)}>
          <ErrorSummary errors={props.errors} />
          <TextField
            name="tags"
            label={view.t('insights.contribution.tags')}
            hint={view.t('insights.contribution.tagsHint', { max: INSIGHTS_LIMITS.tagsMax, length: INSIGHTS_LIMITS.tagMax })}
            value={props.tags}
            errors={props.errors}
            required={false}
          />
          <Button>{view.t('insights.contribution.saveTags')}</Button>
        </Form>
      )}
    </AdminLayout>
  );
}
