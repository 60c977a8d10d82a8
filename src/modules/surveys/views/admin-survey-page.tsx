import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Question, Section, SurveyDefinition } from '../model.ts';
import { SURVEY_LIMITS } from '../schemas.ts';
import { QUESTION_TYPES } from '../tables.ts';
import { type SurveyFormOptions, type SurveyFormValues, SurveySettingsFields, surveyFieldLabels } from './survey-form.tsx';

function QuestionRow(props: { question: Question; surveyHref: string }) {
  const view = useView();
  const { question } = props;
  const href = `${props.surveyHref}/questions/${question.id}`;
  return (
    <tr>
      <td>{question.code.toUpperCase()}</td>
      <th scope="row">
        <a href={href}>{view.text(question.text)}</a>
      </th>
      <td>{view.t(`surveys.type.${question.type}`)}</td>
      <td>{view.t(question.required ? 'surveys.builder.requiredShort' : 'surveys.builder.optionalShort')}</td>
      <td>
        <ul class="actions">
          {(['up', 'down'] as const).map((direction) => (
            <li key={direction}>
              <form method="post" action={`${href}/move`} class="inline-form">
                <input type="hidden" name="_csrf" value={view.csrfToken()} />
                <input type="hidden" name="direction" value={direction} />
                <button type="submit" class="link-button">
                  {view.t(`surveys.builder.move.${direction}`, { question: question.code.toUpperCase() })}
                </button>
              </form>
            </li>
          ))}
          <li>
            <form method="post" action={`${href}/remove`} class="inline-form">
              <input type="hidden" name="_csrf" value={view.csrfToken()} />
              <button type="submit" class="link-button">
                {view.t('surveys.builder.remove', { question: question.code.toUpperCase() })}
              </button>
            </form>
          </li>
        </ul>
      </td>
    </tr>
  );
}

function SectionBlock(props: { definition: SurveyDefinition; section: Section; index: number; surveyHref: string }) {
  const view = useView();
  const questions = props.definition.questions.filter((question) => question.sectionId === props.section.id && !question.removed);
  return (
    <section>
      <h3>{view.t('surveys.builder.sectionHeading', { number: props.index + 1, title: view.text(props.section.title) })}</h3>
      <p>
        <a href={`${props.surveyHref}/sections/${props.section.id}`}>
          {view.t('surveys.builder.editSection', { number: props.index + 1 })}
        </a>
      </p>
      {questions.length > 0 && (
        <TableScroll label={view.text(props.section.title)}>
          <table class="data-table">
            <caption class="visually-hidden">{view.text(props.section.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('surveys.builder.code')}</th>
                <th scope="col">{view.t('surveys.builder.text')}</th>
                <th scope="col">{view.t('surveys.builder.type')}</th>
                <th scope="col">{view.t('surveys.builder.requiredLegend')}</th>
                <th scope="col">{view.t('surveys.builder.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((question) => (
                <QuestionRow key={question.id} question={question} surveyHref={props.surveyHref} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form method="get" action={`${props.surveyHref}/questions/new`} class="timeline__filter">
        <input type="hidden" name="section" value={props.section.id} />
        <div class="field">
          <label class="field__label" for={`field-type-${props.index}`}>
            {view.t('surveys.builder.addQuestionType', { number: props.index + 1 })}
          </label>
          <select id={`field-type-${props.index}`} name="type" class="input">
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {view.t(`surveys.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {view.t('surveys.builder.addQuestion')}
        </button>
      </form>
    </section>
  );
}

/** A survey's builder page: settings, sections with their questions, a new section. */
export function AdminSurveyPage(props: {
  definition: SurveyDefinition;
  responses: number;
  values: SurveyFormValues;
  options: SurveyFormOptions;
  publicHref: string;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { definition } = props;
  const surveyHref = view.href(`/admin/surveys/${definition.survey.id}`);
  const title = view.text(definition.survey.title);
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('surveys.admin.title'), href: view.href('/admin/surveys') }]}>
      <h1>{title}</h1>
      <p class="lead">{view.t('surveys.admin.responseCount', { count: props.responses })}</p>
      <ul class="actions">
        <li>
          <a href={props.publicHref}>{view.t('surveys.admin.publicPage')}</a>
        </li>
        <li>
          <a href={`${props.publicHref}/results`}>{view.t('surveys.survey.resultsLink')}</a>
        </li>
      </ul>
      {props.responses > 0 && <p class="notice notice--info">{view.t('surveys.builder.answeredRules')}</p>}
      <h2>{view.t('surveys.builder.questions')}</h2>
      {definition.sections.map((section, index) => (
        <SectionBlock key={section.id} definition={definition} section={section} index={index} surveyHref={surveyHref} />
      ))}
      <h2>{view.t('surveys.builder.newSection')}</h2>
      <Form action={`${surveyHref}/sections`}>
        <LocalizedTextFields name="sectionTitle" label={view.t('surveys.builder.sectionTitle')} maxLength={SURVEY_LIMITS.titleMax} />
        <div class="form-actions">
          <Button variant="secondary">{view.t('surveys.builder.addSection')}</Button>
        </div>
      </Form>
      <h2>{view.t('surveys.builder.settings')}</h2>
      <ErrorSummary errors={props.errors} labels={surveyFieldLabels(view)} />
      <Form action={surveyHref}>
        <SurveySettingsFields values={props.values} options={props.options} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('surveys.builder.saveSettings')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}
