import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { SurveyDefinition } from '../model.ts';
import { SURVEY_LIMITS } from '../schemas.ts';

/** A section's title and introduction; an empty section can be deleted here. */
export function AdminSectionPage(props: {
  definition: SurveyDefinition;
  sectionId: string | null;
  values: { title: Partial<LocalizedText>; description: Partial<LocalizedText> };
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const surveyHref = view.href(`/admin/surveys/${props.definition.survey.id}`);
  const title = view.t(props.sectionId ? 'surveys.builder.editSectionTitle' : 'surveys.builder.newSection');
  const action = props.sectionId ? `${surveyHref}/sections/${props.sectionId}` : `${surveyHref}/sections`;
  const empty = !props.definition.questions.some((question) => question.sectionId === props.sectionId);
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('surveys.admin.title'), href: view.href('/admin/surveys') },
        { label: view.text(props.definition.survey.title), href: surveyHref },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <Form action={action}>
        <LocalizedTextFields
          name="title"
          label={view.t('surveys.builder.sectionTitle')}
          value={props.values.title}
          errors={props.errors}
          maxLength={SURVEY_LIMITS.titleMax}
        />
        <LocalizedTextFields
          name="description"
          label={view.t('surveys.builder.description')}
          value={props.values.description}
          errors={props.errors}
          required={false}
          multiline
          rows={3}
          maxLength={SURVEY_LIMITS.descriptionMax}
        />
        <div class="form-actions">
          <Button>{view.t('surveys.builder.saveSection')}</Button>
        </div>
      </Form>
      {props.sectionId && empty && props.definition.sections.length > 1 && (
        <div class="danger-zone">
          <h2>{view.t('surveys.builder.deleteSection')}</h2>
          <Form action={`${surveyHref}/sections/${props.sectionId}/delete`}>
            <Button variant="danger">{view.t('surveys.builder.deleteSection')}</Button>
          </Form>
        </div>
      )}
    </AdminLayout>
  );
}
