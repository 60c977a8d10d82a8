import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, CheckboxGroup, ErrorSummary, Form, LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { checkAccentColor } from '../../../platform/views/contrast.ts';
import { ORGANISATION_LIMITS } from '../schemas.ts';

/** What the settings form shows: saved values, or what was sent when it had errors. */
export interface SettingsFormValues {
  name: Partial<LocalizedText>;
  logoUrl: string;
  accentColor: string;
  allowSignUp: boolean;
}

function CurrentColour(props: { saved: string | null }) {
  const view = useView();
  const checked = props.saved ? checkAccentColor(props.saved) : null;
  if (!props.saved || !checked) return <p>{view.t('organisations.settings.defaultColour')}</p>;
  return <p>{view.t('organisations.settings.currentColour', { color: props.saved, ratio: checked.ratio })}</p>;
}

/** The organisation's name, logo, accent colour and sign-up setting. */
export function SettingsPage(props: { values: SettingsFormValues; savedColour: string | null; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t('organisations.settings.title');
  const labels = {
    'name.fi': `${view.t('organisations.settings.name')} (${view.t('platform.language.fi')})`,
    'name.sv': `${view.t('organisations.settings.name')} (${view.t('platform.language.sv')})`,
    'name.en': `${view.t('organisations.settings.name')} (${view.t('platform.language.en')})`,
    logoUrl: view.t('organisations.settings.logoUrl'),
    accentColor: view.t('organisations.settings.accentColor'),
  };
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('platform.admin.dashboard'), href: view.href('/admin') }]}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href('/admin/organisation')}>
        <LocalizedTextFields
          name="name"
          label={view.t('organisations.settings.name')}
          value={props.values.name}
          errors={props.errors}
          maxLength={ORGANISATION_LIMITS.organisationNameMax}
        />
        <TextField
          name="logoUrl"
          type="url"
          label={labels.logoUrl}
          hint={view.t('organisations.settings.logoUrlHint')}
          value={props.values.logoUrl}
          errors={props.errors}
          required={false}
          maxLength={ORGANISATION_LIMITS.logoUrlMax}
        />
        <CurrentColour saved={props.savedColour} />
        <TextField
          name="accentColor"
          label={labels.accentColor}
          hint={view.t('organisations.settings.accentColorHint')}
          value={props.values.accentColor}
          errors={props.errors}
          required={false}
          maxLength={7}
        />
        <CheckboxGroup
          name="allowSignUp"
          legend={view.t('organisations.settings.signUp')}
          values={props.values.allowSignUp ? ['yes'] : []}
          options={[{ value: 'yes', label: view.t('organisations.settings.allowSignUp') }]}
          errors={props.errors}
        />
        <div class="form-actions">
          <Button>{view.t('organisations.settings.save')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}
