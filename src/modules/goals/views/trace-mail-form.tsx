import { Button, CheckboxGroup, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';

/** The person's choice whether to be mailed about their trace (on "What became of what I said"). */
export function TraceMailForm(props: { traceMail: boolean }) {
  const view = useView();
  return (
    <section id="trace-mail" aria-labelledby="trace-mail-title">
      <h2 id="trace-mail-title">{view.t('goals.traceMail.formTitle')}</h2>
      <Form action={view.href('/goals/mine/mail')}>
        <CheckboxGroup
          name="traceMail"
          legend={view.t('goals.traceMail.legend')}
          hint={view.t('goals.traceMail.hint')}
          values={props.traceMail ? ['yes'] : []}
          options={[{ value: 'yes', label: view.t('goals.traceMail.option') }]}
        />
        <Button>{view.t('goals.traceMail.submit')}</Button>
      </Form>
    </section>
  );
}
