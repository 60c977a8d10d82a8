import type { FieldErrors } from '../../../platform/http/errors.ts';
import { TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';

/**
 * A new password's field (sign-up, a mailed link's password, a changed one): never filled
 * in again, the shortest length in the hint and the schema's longest as the field's limit,
 * and `new-password` so a password manager offers to make one.
 */
export function NewPasswordField(props: { name: string; label: string; errors?: FieldErrors | undefined }) {
  const view = useView();
  return (
    <TextField
      name={props.name}
      type="password"
      autocomplete="new-password"
      label={props.label}
      hint={view.t('accounts.field.newPasswordHint', { min: ACCOUNT_LIMITS.passwordMin })}
      errors={props.errors}
      maxLength={ACCOUNT_LIMITS.passwordMax}
    />
  );
}
