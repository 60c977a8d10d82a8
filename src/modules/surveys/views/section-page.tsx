import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { questionsOnPage } from '../answering.ts';
import type { Answers, Question, SurveyDefinition } from '../model.ts';
import { SURVEY_LIMITS } from '../schemas.ts';
import { answerField } from '../validate-answers.ts';
import { SectionProgress } from './progress.tsx';
import { QuestionField } from './question-field.tsx';

/** What the section form needs besides the survey. */
export interface SectionPageProps {
  definition: SurveyDefinition;
  basePath: string;
  sectionIndex: number;
  answers: Answers;
  errors?: FieldErrors | undefined;
  isLast: boolean;
  isFirst: boolean;
  signedIn: boolean;
  idempotencyKey: string;
  receiptEmail?: string | undefined;
}

function conditionNote(view: ReturnType<typeof useView>, question: Question, onPage: Question[]) {
  const condition = question.condition;
  const source = condition ? onPage.find((candidate) => candidate.id === condition.questionId) : undefined;
  if (!condition || !source) return undefined;
  const labels = source.choices.filter((choice) => condition.choiceIds.includes(choice.id)).map((choice) => `”${view.text(choice.label)}”`);
  return view.t('surveys.answer.conditionNote', { question: view.text(source.text), choices: labels.join(', ') });
}

/** One section of the answering form: progress, error summary, the questions and the way on. */
export function SectionPage(props: SectionPageProps) {
  const view = useView();
  const { definition } = props;
  const section = definition.sections[props.sectionIndex];
  if (!section) return null;
  const onPage = questionsOnPage(definition, section.id, props.answers);
  const labels = Object.fromEntries(definition.questions.map((question) => [answerField(question.id), view.text(question.text)]));
  const title = view.text(definition.survey.title);
  return (
    <Layout title={`${view.text(section.title)} – ${title}`}>
      <h1>{title}</h1>
      <SectionProgress current={props.sectionIndex + 1} total={definition.sections.length} title={view.text(section.title)} />
      {view.text(section.description) && <p class="lead">{view.text(section.description)}</p>}
      <ErrorSummary errors={props.errors} labels={{ ...labels, answers: view.t('surveys.answer.changedSurvey') }} />
      <Form action={`${props.basePath}/sections/${props.sectionIndex + 1}`}>
        <div id="field-answers" />
        {onPage.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            answer={props.answers[question.id]}
            error={props.errors?.[answerField(question.id)]}
            conditionNote={conditionNote(view, question, onPage)}
          />
        ))}
        {props.isLast && (
          <>
            <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
            <TextField
              name="receiptEmail"
              type="email"
              autocomplete="email"
              label={view.t('surveys.answer.receiptEmail')}
              hint={view.t('surveys.answer.receiptEmailHint')}
              value={props.receiptEmail}
              errors={props.errors}
              required={false}
              maxLength={SURVEY_LIMITS.emailMax}
            />
          </>
        )}
        <div class="form-actions">
          {props.isLast ? (
            <Button name="action" value="submit">
              {view.t('surveys.answer.submit')}
            </Button>
          ) : (
            <Button name="action" value="next">
              {view.t('surveys.answer.next')}
            </Button>
          )}
          {!props.isFirst && (
            <Button name="action" value="previous" variant="secondary">
              {view.t('surveys.answer.previous')}
            </Button>
          )}
          {props.signedIn && (
            <Button name="action" value="save" variant="secondary">
              {view.t('surveys.answer.saveForLater')}
            </Button>
          )}
        </div>
      </Form>
    </Layout>
  );
}
