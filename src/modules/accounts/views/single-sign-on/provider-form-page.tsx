import type { FieldErrors } from '../../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../../platform/views/components/admin-layout.tsx';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Form,
  LocalizedTextFields,
  TextArea,
  TextField,
} from '../../../../platform/views/components/forms.tsx';
import { useView } from '../../../../platform/views/context.ts';

/** What the provider form shows: as saved, or as typed when refused (the secret is never shown). */
export interface ProviderFormValues {
  name: Partial<LocalizedText>;
  issuerUrl: string;
  clientId: string;
  scopes: string;
  enabled: boolean;
  trustMfa: boolean;
  allowedDomains: string;
  claims: { email: string; name: string; roles: string; unit: string; workCommunity: string };
  roleMap: string;
  unitMap: string;
  workCommunityMap: string;
}

/** A new provider's form: the claims most providers use, and enabled. */
export const NEW_PROVIDER: ProviderFormValues = {
  name: {},
  issuerUrl: '',
  clientId: '',
  scopes: 'openid email profile',
  enabled: true,
  trustMfa: false,
  allowedDomains: '',
  claims: { email: 'email', name: 'name', roles: '', unit: '', workCommunity: '' },
  roleMap: '',
  unitMap: '',
  workCommunityMap: '',
};

/** Which claims give the e-mail, the name, the roles, the unit and the work community, and how their values map. */
function ClaimFields(props: { values: ProviderFormValues; errors?: FieldErrors }) {
  const view = useView();
  const { values, errors } = props;
  return (
    <fieldset>
      <legend class="field__label">{view.t('accounts.sso.claimsLegend')}</legend>
      <p class="field__hint">{view.t('accounts.sso.claimsHint')}</p>
      <TextField name="claims.email" label={view.t('accounts.sso.claimEmail')} value={values.claims.email} errors={errors} />
      <TextField name="claims.name" label={view.t('accounts.sso.claimName')} value={values.claims.name} errors={errors} />
      <TextField name="claims.roles" label={view.t('accounts.sso.claimRoles')} value={values.claims.roles} errors={errors} />
      <TextArea
        name="roleMap"
        label={view.t('accounts.sso.roleMap')}
        hint={view.t('accounts.sso.roleMapHint')}
        value={values.roleMap}
        errors={errors}
        rows={4}
      />
      <TextField name="claims.unit" label={view.t('accounts.sso.claimUnit')} value={values.claims.unit} errors={errors} />
      <TextArea
        name="unitMap"
        label={view.t('accounts.sso.unitMap')}
        hint={view.t('accounts.sso.unitMapHint')}
        value={values.unitMap}
        errors={errors}
        rows={4}
      />
      <TextField
        name="claims.workCommunity"
        label={view.t('accounts.sso.claimWorkCommunity')}
        value={values.claims.workCommunity}
        errors={errors}
      />
      <TextArea
        name="workCommunityMap"
        label={view.t('accounts.sso.workCommunityMap')}
        hint={view.t('accounts.sso.workCommunityMapHint')}
        value={values.workCommunityMap}
        errors={errors}
        rows={4}
      />
    </fieldset>
  );
}

/** The form that adds (`providerId` null) or edits an identity provider. */
export function ProviderFormPage(props: {
  providerId: string | null;
  values: ProviderFormValues;
  redirectUri: string;
  errors?: FieldErrors;
}) {
  const view = useView();
  const title = props.providerId ? view.t('accounts.sso.editTitle') : view.t('accounts.sso.newTitle');
  const { values, errors } = props;
  const action = view.href(
    props.providerId ? `/admin/single-sign-on/${encodeURIComponent(props.providerId)}` : '/admin/single-sign-on/new',
  );
  return (
    <AdminLayout title={title}>
      <p>
        <a href={view.href('/admin/single-sign-on')}>{view.t('accounts.sso.backToList')}</a>
      </p>
      <h1>{title}</h1>
      <p>{view.t('accounts.sso.redirectUri', { uri: props.redirectUri })}</p>
      <ErrorSummary errors={errors} />
      <Form action={action}>
        <LocalizedTextFields
          name="name"
          label={view.t('accounts.sso.name')}
          hint={view.t('accounts.sso.nameHint')}
          value={values.name}
          errors={errors}
          maxLength={80}
        />
        <TextField
          name="issuerUrl"
          type="url"
          label={view.t('accounts.sso.issuerUrl')}
          hint={view.t('accounts.sso.issuerUrlHint')}
          value={values.issuerUrl}
          errors={errors}
        />
        <TextField name="clientId" label={view.t('accounts.sso.clientId')} value={values.clientId} errors={errors} />
        <TextField
          name="clientSecret"
          type="password"
          autocomplete="off"
          label={view.t('accounts.sso.clientSecret')}
          hint={props.providerId ? view.t('accounts.sso.clientSecretKeepHint') : view.t('accounts.sso.clientSecretHint')}
          errors={errors}
        />
        <TextField
          name="scopes"
          label={view.t('accounts.sso.scopes')}
          hint={view.t('accounts.sso.scopesHint')}
          value={values.scopes}
          errors={errors}
        />
        <CheckboxGroup
          name="enabled"
          legend={view.t('accounts.sso.enabledLegend')}
          values={values.enabled ? ['yes'] : []}
          options={[{ value: 'yes', label: view.t('accounts.sso.enabled') }]}
          errors={errors}
        />
        <TextField
          name="allowedDomains"
          label={view.t('accounts.sso.allowedDomains')}
          hint={view.t('accounts.sso.allowedDomainsHint')}
          value={values.allowedDomains}
          errors={errors}
        />
        <ClaimFields values={values} errors={errors} />
        <CheckboxGroup
          name="trustMfa"
          legend={view.t('accounts.sso.trustMfaLegend')}
          hint={view.t('accounts.sso.trustMfaHint')}
          values={values.trustMfa ? ['yes'] : []}
          options={[{ value: 'yes', label: view.t('accounts.sso.trustMfa') }]}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.sso.save')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}
