import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { ProcessOption } from '../../processes/index.ts';
import { NEWS_LIMITS } from '../schemas.ts';
import { KIND_LABEL_KEYS } from './kind-label.ts';
import type { PostFormValues } from './post-form-values.ts';

function useLabels() {
  const view = useView();
  const base = {
    processId: view.t('news.field.process'),
    phaseId: view.t('news.field.phase'),
    kind: view.t('news.field.kind'),
    slug: view.t('news.field.slug'),
    videoUrl: view.t('news.field.videoUrl'),
    status: view.t('news.field.status'),
  };
  const localized = { title: view.t('news.field.title'), summary: view.t('news.field.summary'), body: view.t('news.field.body') };
  const perLanguage = Object.entries(localized).flatMap(([name, label]) =>
    LOCALES.map((locale) => [`${name}.${locale}`, `${label} (${view.t(`platform.language.${locale}`)})`] as const),
  );
  return { base, localized, summary: { ...base, ...localized, ...Object.fromEntries(perLanguage) } };
}

/** The form to write or edit a post: process and phase, kind, address, texts in three languages, video and status. */
export function PostFormPage(props: {
  mode: 'create' | 'edit';
  action: string;
  values: PostFormValues;
  processes: ProcessOption[];
  errors?: FieldErrors;
}) {
  const view = useView();
  const labels = useLabels();
  const title = view.t(props.mode === 'create' ? 'news.admin.newPost' : 'news.admin.editPost');
  const { values, errors } = props;
  // The phases come grouped by process, and follow-choice.js shows only the chosen process's.
  const phaseGroups = props.processes.map((process) => ({
    key: process.id,
    label: view.text(process.title),
    options: process.phases.map((phase) => ({ value: phase.id, label: view.text(phase.title) })),
  }));
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('news.admin.title'), href: view.href('/admin/news') }]}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} labels={labels.summary} />
      <Form action={props.action}>
        <SelectField
          name="processId"
          label={labels.base.processId}
          value={values.processId}
          options={props.processes.map((process) => ({ value: process.id, label: view.text(process.title) }))}
          emptyLabel={view.t('news.admin.organisationWide')}
          errors={errors}
        />
        <SelectField
          name="phaseId"
          label={labels.base.phaseId}
          hint={view.t('news.field.phaseHint')}
          value={values.phaseId}
          options={[]}
          groups={phaseGroups}
          follows="processId"
          emptyLabel={view.t('news.field.noPhase')}
          errors={errors}
          required={false}
        />
        <SelectField
          name="kind"
          label={labels.base.kind}
          value={values.kind}
          options={(['blog', 'media_release'] as const).map((kind) => ({ value: kind, label: view.t(KIND_LABEL_KEYS[kind]) }))}
          errors={errors}
        />
        <TextField
          name="slug"
          label={labels.base.slug}
          hint={view.t('news.field.slugHint')}
          value={values.slug}
          maxLength={NEWS_LIMITS.slugMax}
          errors={errors}
        />
        <LocalizedTextFields
          name="title"
          label={labels.localized.title}
          value={values.title}
          maxLength={NEWS_LIMITS.titleMax}
          errors={errors}
        />
        <LocalizedTextFields
          name="summary"
          label={labels.localized.summary}
          value={values.summary}
          multiline
          rows={3}
          maxLength={NEWS_LIMITS.summaryMax}
          required={false}
          errors={errors}
        />
        <LocalizedTextFields
          name="body"
          label={labels.localized.body}
          hint={view.t('news.field.bodyHint')}
          value={values.body}
          multiline
          rows={12}
          maxLength={NEWS_LIMITS.bodyMax}
          errors={errors}
        />
        <TextField
          name="videoUrl"
          type="url"
          label={labels.base.videoUrl}
          hint={view.t('news.field.videoUrlHint')}
          value={values.videoUrl}
          maxLength={NEWS_LIMITS.videoUrlMax}
          required={false}
          errors={errors}
        />
        <SelectField
          name="status"
          label={labels.base.status}
          hint={view.t('news.field.statusHint')}
          value={values.status}
          options={[
            { value: 'draft', label: view.t('news.status.draft') },
            { value: 'published', label: view.t('news.status.published') },
          ]}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{view.t('news.admin.save')}</Button>
          <a class="button button--secondary" href={view.href('/admin/news')}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
      <script type="module" src="/assets/platform/follow-choice.js" />
    </AdminLayout>
  );
}
