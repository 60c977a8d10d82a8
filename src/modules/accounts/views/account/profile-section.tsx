import type { FieldErrors } from '../../../../platform/http/errors.ts';
import { LOCALES } from '../../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../../../platform/views/components/forms.tsx';
import { useView } from '../../../../platform/views/context.ts';
import { ACCOUNT_LIMITS } from '../../schemas.ts';
import { LANGUAGE_LABEL_KEYS } from '../labels.ts';

/** What the profile form shows: the saved values, or the sent ones with their errors. */
export interface ProfileFormState {
  values: { displayName: string; locale: string };
  errors?: FieldErrors;
}

/** Display name and language. */
export function ProfileSection(props: ProfileFormState) {
  const view = useView();
  const labels = { displayName: view.t('accounts.field.displayName'), locale: view.t('accounts.field.language') };
  const languages = LOCALES.map((locale) => ({ value: locale, label: view.t(LANGUAGE_LABEL_KEYS[locale]) }));
  return (
    <section aria-labelledby="account-profile">
      <h2 id="account-profile">{view.t('accounts.profile.title')}</h2>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/account/profile')}>
        <TextField
          name="displayName"
          autocomplete="nickname"
          label={labels.displayName}
          hint={view.t('accounts.field.displayNameHint')}
          value={props.values.displayName}
          errors={props.errors}
          maxLength={ACCOUNT_LIMITS.displayNameMax}
        />
        <SelectField
          name="locale"
          label={labels.locale}
          hint={view.t('accounts.field.languageHint')}
          value={props.values.locale}
          options={languages}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.profile.save')}</Button>
        </div>
      </Form>
    </section>
  );
}
