import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { NEWS_LIMITS } from '../schemas.ts';

/** What a static page form shows, kept as typed when it comes back with errors. */
export interface PageFormValues {
  slug: string;
  title: Partial<LocalizedText>;
  body: Partial<LocalizedText>;
}

/** The form to create or edit a static page. */
export function PageFormPage(props: { mode: 'create' | 'edit'; action: string; values: PageFormValues; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t(props.mode === 'create' ? 'news.adminPages.newPage' : 'news.adminPages.editPage');
  const localized = { title: view.t('news.field.title'), body: view.t('news.field.body') };
  const labels: Record<string, string> = {
    slug: view.t('news.field.slug'),
    ...Object.fromEntries(
      Object.entries(localized).flatMap(([name, label]) =>
        LOCALES.map((locale) => [`${name}.${locale}`, `${label} (${view.t(`platform.language.${locale}`)})`]),
      ),
    ),
  };
  const { values, errors } = props;
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('news.admin.title'), href: view.href('/admin/news') },
        { label: view.t('news.adminPages.title'), href: view.href('/admin/news/pages') },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={errors} labels={labels} />
      <Form action={props.action}>
        <TextField
          name="slug"
          label={labels.slug ?? ''}
          hint={view.t('news.field.pageSlugHint')}
          value={values.slug}
          maxLength={NEWS_LIMITS.slugMax}
          errors={errors}
        />
        <LocalizedTextFields name="title" label={localized.title} value={values.title} maxLength={NEWS_LIMITS.titleMax} errors={errors} />
        <LocalizedTextFields
          name="body"
          label={localized.body}
          hint={view.t('news.field.bodyHint')}
          value={values.body}
          multiline
          rows={16}
          maxLength={NEWS_LIMITS.bodyMax}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{view.t('news.admin.save')}</Button>
          <a class="button button--secondary" href={view.href('/admin/news/pages')}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
