import { ROLES } from '../../../platform/authz/authz.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, ErrorSummary, Form, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UnitNode } from '../../organisations/index.ts';
import type { ProcessOption } from '../../processes/index.ts';
import { SCOPE_TYPES } from '../schemas.ts';
import { ROLE_LABEL_KEYS, SCOPE_LABEL_KEYS } from './labels.ts';

/** The grant form's fields as sent. */
export interface GrantFormValues {
  role?: string;
  scopeType?: string;
  unitId?: string;
  processSlug?: string;
}

type GrantFormProps = {
  userId: string;
  units: Array<UnitNode & { depth: number }>;
  processes: ProcessOption[];
  values?: GrantFormValues | undefined;
  errors?: FieldErrors | undefined;
};

/** The unit list and the process list: only the one of the chosen scope is read. */
function ScopeTargetFields(props: GrantFormProps & { labels: Record<string, string> }) {
  const view = useView();
  const units = props.units.map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${view.text(unit.name)}` }));
  const processes = props.processes.map((process) => ({ value: process.slug, label: view.text(process.title) }));
  return (
    <>
      <SelectField
        name="unitId"
        label={props.labels.unitId ?? ''}
        hint={view.t('accounts.roles.unitHint')}
        value={props.values?.unitId}
        options={units}
        emptyLabel={view.t('accounts.roles.noUnit')}
        errors={props.errors}
        required={false}
      />
      <SelectField
        name="processSlug"
        label={props.labels.processSlug ?? ''}
        hint={view.t('accounts.roles.processSlugHint')}
        value={props.values?.processSlug}
        options={processes}
        emptyLabel={view.t('accounts.roles.noProcess')}
        errors={props.errors}
        required={false}
      />
    </>
  );
}

/** Grants a role organisation-wide, for one unit (chosen from the tree) or for one process (chosen from the list). */
export function GrantRoleForm(props: GrantFormProps) {
  const view = useView();
  const labels = {
    role: view.t('accounts.roles.role'),
    scopeType: view.t('accounts.roles.scope'),
    unitId: view.t('accounts.roles.unit'),
    processSlug: view.t('accounts.roles.processSlug'),
  };
  const roles = ROLES.map((role) => ({ value: role, label: view.t(ROLE_LABEL_KEYS[role]) }));
  const scopes = SCOPE_TYPES.map((scope) => ({ value: scope, label: view.t(SCOPE_LABEL_KEYS[scope]) }));
  return (
    <>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href(`/admin/users/${props.userId}/roles`)}>
        <SelectField name="role" label={labels.role} value={props.values?.role} options={roles} errors={props.errors} />
        <SelectField
          name="scopeType"
          label={labels.scopeType}
          hint={view.t('accounts.roles.scopeHint')}
          value={props.values?.scopeType ?? 'organisation'}
          options={scopes}
          errors={props.errors}
        />
        <ScopeTargetFields {...props} labels={labels} />
        <div class="form-actions">
          <Button>{view.t('accounts.roles.grant')}</Button>
        </div>
      </Form>
    </>
  );
}
