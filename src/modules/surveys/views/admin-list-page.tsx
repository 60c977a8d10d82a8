import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Survey } from '../model.ts';
import { type Option, type SurveyFormOptions, type SurveyFormValues, SurveySettingsFields, surveyFieldLabels } from './survey-form.tsx';

/** The surveys of the processes the actor manages, with their response counts. */
export function AdminListPage(props: { surveys: Array<{ survey: Survey; processTitle: string; responses: number }> }) {
  const view = useView();
  const title = view.t('surveys.admin.title');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('platform.admin.dashboard'), href: view.href('/admin') }]}>
      <h1>{title}</h1>
      <p>
        <a class="button" href={view.href('/admin/surveys/new')}>
          {view.t('surveys.admin.new')}
        </a>
      </p>
      {props.surveys.length === 0 ? (
        <p>{view.t('surveys.admin.none')}</p>
      ) : (
        <TableScroll label={title}>
          <table class="data-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('surveys.builder.title')}</th>
                <th scope="col">{view.t('surveys.admin.process')}</th>
                <th scope="col">{view.t('surveys.builder.status')}</th>
                <th scope="col" class="text-right">
                  {view.t('surveys.admin.responses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.surveys.map(({ survey, processTitle, responses }) => (
                <tr key={survey.id}>
                  <th scope="row">
                    <a href={view.href(`/admin/surveys/${survey.id}`)}>{view.text(survey.title)}</a>
                  </th>
                  <td>{processTitle}</td>
                  <td>
                    <span class={`tag tag--${survey.status === 'published' ? 'public' : 'draft'}`}>
                      {view.t(`surveys.status.${survey.status}`)}
                    </span>
                  </td>
                  <td class="text-right">{responses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}

/** A new survey: its process, then the same settings as the survey's own page. */
export function NewSurveyPage(props: {
  processes: Option[];
  processSlug: string;
  values: SurveyFormValues;
  options: SurveyFormOptions;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const title = view.t('surveys.admin.new');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('surveys.admin.title'), href: view.href('/admin/surveys') }]}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={surveyFieldLabels(view)} />
      <Form action={view.href('/admin/surveys/new')}>
        <SelectField
          name="processSlug"
          label={view.t('surveys.admin.process')}
          value={props.processSlug}
          options={props.processes}
          errors={props.errors}
        />
        <SurveySettingsFields values={props.values} options={props.options} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('surveys.admin.create')}</Button>
        </div>
      </Form>
      {props.options.processes.length > 1 && <script type="module" src="/assets/platform/follow-choice.js" />}
    </AdminLayout>
  );
}
