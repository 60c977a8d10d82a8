import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextArea, TextField } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { PRIVACY_LIMITS } from '../schemas.ts';
import { StatementBody, type StatementText } from './statement-text.tsx';

/** What the feedback form shows: the values as typed and what is wrong with them. */
export interface FeedbackFormState {
  values: { name: string; email: string; page: string; message: string };
  errors?: FieldErrors | undefined;
}

/** The accessibility statement with the feedback form that Act 306/2019 asks for. */
export function AccessibilityPage(props: { text: StatementText; form: FeedbackFormState }) {
  const view = useView();
  const { values, errors } = props.form;
  const labels = {
    name: view.t('privacy.field.name'),
    email: view.t('privacy.field.email'),
    page: view.t('privacy.field.page'),
    message: view.t('privacy.field.message'),
  };
  return (
    <Layout title={props.text.title}>
      <StatementBody text={props.text} />
      <section aria-labelledby="accessibility-feedback">
        <h2 id="accessibility-feedback">{view.t('privacy.feedback.title')}</h2>
        <p>{view.t('privacy.feedback.intro', { days: PRIVACY_LIMITS.answerDays })}</p>
        <ErrorSummary errors={errors} labels={labels} />
        <Form action={view.href('/accessibility/feedback')}>
          <TextField
            name="name"
            label={labels.name}
            required={false}
            value={values.name}
            autocomplete="name"
            maxLength={PRIVACY_LIMITS.nameMax}
            errors={errors}
          />
          <TextField
            name="email"
            type="email"
            label={labels.email}
            hint={view.t('privacy.field.emailHint')}
            value={values.email}
            autocomplete="email"
            errors={errors}
          />
          <TextField
            name="page"
            label={labels.page}
            hint={view.t('privacy.field.pageHint')}
            required={false}
            value={values.page}
            maxLength={PRIVACY_LIMITS.pageMax}
            errors={errors}
          />
          <TextArea
            name="message"
            label={labels.message}
            hint={view.t('privacy.field.messageHint')}
            value={values.message}
            maxLength={PRIVACY_LIMITS.messageMax}
            rows={6}
            errors={errors}
          />
          <div class="form-actions">
            <Button>{view.t('privacy.feedback.submit')}</Button>
          </div>
        </Form>
      </section>
    </Layout>
  );
}
