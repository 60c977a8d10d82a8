import type { FieldErrors } from '../../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, TextField } from '../../../../platform/views/components/forms.tsx';
import { Layout } from '../../../../platform/views/components/layout.tsx';
import { useView } from '../../../../platform/views/context.ts';
import type { TwoFactorState } from '../../two-factor/policy.ts';
import { CODE_MAX_LENGTH, type SetUpFormProps, SetUpTwoFactorForm } from './set-up-form.tsx';

/** What one's security page shows. */
export interface SecurityPageProps {
  state: TwoFactorState;
  /** The organisation requires two-factor of one's roles: it cannot be turned off. */
  required: boolean;
  /** While setting up: the secret and its address. */
  setup?: Omit<SetUpFormProps, 'action'>;
  /** A refused code: which form it came from and its errors. */
  refused?: { form: 'turnOff' | 'renew'; errors: FieldErrors };
}

function CodeForm(props: {
  action: string;
  name: 'turnOff' | 'renew';
  submit: string;
  variant?: 'secondary' | 'danger';
  refused?: SecurityPageProps['refused'];
}) {
  const view = useView();
  const errors = props.refused?.form === props.name ? props.refused.errors : undefined;
  const label = view.t('accounts.twoFactor.confirmCode');
  return (
    <>
      <ErrorSummary errors={errors} labels={{ code: label }} />
      <Form action={props.action}>
        <TextField
          name="code"
          label={label}
          hint={view.t('accounts.twoFactor.signInCodeHint')}
          autocomplete="one-time-code"
          maxLength={CODE_MAX_LENGTH}
          errors={errors}
        />
        <div class="form-actions">
          <Button variant={props.variant ?? 'secondary'}>{props.submit}</Button>
        </div>
      </Form>
    </>
  );
}

function TurnedOn(props: SecurityPageProps & { state: { status: 'on' } }) {
  const view = useView();
  return (
    <>
      <p>{view.t('accounts.twoFactor.isOn', { date: view.formatDate(props.state.confirmedAt) })}</p>
      <p>{view.t('accounts.twoFactor.codesLeft', { count: props.state.recoveryCodesLeft })}</p>
      <h2 id="two-factor-renew">{view.t('accounts.twoFactor.renewTitle')}</h2>
      <p>{view.t('accounts.twoFactor.renewIntro')}</p>
      <CodeForm
        action={view.href('/account/security/recovery-codes')}
        name="renew"
        submit={view.t('accounts.twoFactor.renew')}
        refused={props.refused}
      />
      <h2 id="two-factor-off">{view.t('accounts.twoFactor.turnOffTitle')}</h2>
      {props.required ? (
        <p>{view.t('accounts.twoFactor.requiredCannotTurnOff')}</p>
      ) : (
        <>
          <p>{view.t('accounts.twoFactor.turnOffIntro')}</p>
          <CodeForm
            action={view.href('/account/security/turn-off')}
            name="turnOff"
            submit={view.t('accounts.twoFactor.turnOffButton')}
            variant="danger"
            refused={props.refused}
          />
        </>
      )}
    </>
  );
}

/** One's sign-in security: turning two-factor on (scan, confirm, save the recovery codes), new recovery codes, turning it off. */
export function SecurityPage(props: SecurityPageProps) {
  const view = useView();
  const title = view.t('accounts.twoFactor.title');
  return (
    <Layout title={title}>
      <p>
        <a href={view.href('/account')}>{view.t('accounts.twoFactor.backToAccount')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.twoFactor.intro')}</p>
      {props.required && props.state.status !== 'on' && <p>{view.t('accounts.twoFactor.requiredNotice')}</p>}
      {props.state.status === 'on' ? (
        <TurnedOn {...props} state={props.state} />
      ) : props.setup ? (
        <SetUpTwoFactorForm {...props.setup} action={view.href('/account/security/confirm')} />
      ) : (
        <>
          <p>{view.t('accounts.twoFactor.isOff')}</p>
          <Form action={view.href('/account/security/set-up')}>
            <div class="form-actions">
              <Button>{view.t('accounts.twoFactor.setUpButton')}</Button>
            </div>
          </Form>
        </>
      )}
    </Layout>
  );
}
