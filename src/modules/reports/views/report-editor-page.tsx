import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { BuiltReport, SectionKey } from '../report/model.ts';
import { REPORTS_LIMITS } from '../schemas.ts';
import { Paragraphs } from './report-body.tsx';

/** The links to what a published report is served as. */
export function PublishedLinks(props: { slug: string; canPrint: boolean }) {
  const view = useView();
  return (
    <ul>
      <li>
        <a href={view.href(`/processes/${props.slug}/report`)}>{view.t('reports.links.page')}</a>
      </li>
      <li>
        {props.canPrint ? (
          <a href={view.href(`/processes/${props.slug}/report.pdf`)}>{view.t('reports.links.pdf')}</a>
        ) : (
          <span class="notice">{view.t('reports.links.pdfUnavailable')}</span>
        )}
      </li>
      <li>
        <a href={view.href(`/processes/${props.slug}/report.xlsx`)}>{view.t('reports.links.xlsx')}</a>
      </li>
      <li>
        <a href={`/api/v1/processes/${props.slug}/open-data`}>{view.t('reports.links.openData')}</a>
      </li>
    </ul>
  );
}

/** The coordinator's page of a process's final report: each section's text with its edit link, and publishing. */
export function ReportEditorPage(props: { process: Process; draft: BuiltReport; publishedAt: string | null; canPrint: boolean }) {
  const view = useView();
  const processTitle = view.text(props.process.title);
  const title = view.t('reports.editor.title', { process: processTitle });
  const slug = props.process.slug;
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: processTitle, href: view.href(`/processes/${slug}`) }]}>
      <h1>{title}</h1>
      <p>
        {props.publishedAt
          ? view.t('reports.editor.published', { date: view.formatDate(props.publishedAt) })
          : view.t('reports.editor.notPublished')}
      </p>
      <p>
        <a href={view.href(`/admin/reports/${slug}/participation`)}>{view.t('reports.editor.figures')}</a>
      </p>
      {props.publishedAt && <PublishedLinks slug={slug} canPrint={props.canPrint} />}
      {props.draft.sections.map((section) => (
        <section key={section.key} aria-labelledby={`edit-${section.key}`}>
          <h2 id={`edit-${section.key}`}>{view.t(`reports.section.${section.key}`)}</h2>
          <Paragraphs text={view.text(section.text)} />
          <p>
            <a href={view.href(`/admin/reports/${slug}/sections/${section.key}`)}>
              {view.t('reports.editor.edit', { section: view.t(`reports.section.${section.key}`) })}
            </a>
          </p>
        </section>
      ))}
      <section aria-labelledby="report-publish">
        <h2 id="report-publish">{view.t('reports.editor.publishHeading')}</h2>
        <p>{view.t('reports.editor.publishHint')}</p>
        <Form action={view.href(`/admin/reports/${slug}/publish`)}>
          <Button>{view.t('reports.editor.publish')}</Button>
        </Form>
      </section>
    </AdminLayout>
  );
}

/** One section's edit form: its text in Finnish (required), Swedish and English. */
export function SectionFormPage(props: {
  process: Process;
  section: SectionKey;
  text: Partial<LocalizedText>;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const processTitle = view.text(props.process.title);
  const sectionName = view.t(`reports.section.${props.section}`);
  const title = view.t('reports.editor.sectionTitle', { section: sectionName });
  const label = view.t('reports.field.text');
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: processTitle, href: view.href(`/processes/${props.process.slug}`) },
        { label: view.t('reports.participation.toReport'), href: view.href(`/admin/reports/${props.process.slug}`) },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={{ 'text.fi': label, 'text.sv': label, 'text.en': label }} />
      <Form action={view.href(`/admin/reports/${props.process.slug}/sections/${props.section}`)}>
        <LocalizedTextFields
          name="text"
          label={label}
          hint={view.t('reports.field.textHint')}
          value={props.text}
          multiline
          rows={8}
          maxLength={REPORTS_LIMITS.sectionMax}
          errors={props.errors}
        />
        <Button>{view.t('reports.editor.save')}</Button>
      </Form>
    </AdminLayout>
  );
}
