import type { FieldErrors } from '../../../platform/http/errors.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UnitNode } from '../../organisations/index.ts';
import type { UserSummary } from '../queries/list-users.ts';

/** The options of a unit select: every unit and work community, indented by its depth in the tree. */
export function unitOptions(units: Array<UnitNode & { depth: number }>, text: (value: UnitNode['name']) => string) {
  return units.map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${text(unit.name)}` }));
}

/** Places a person in a unit or a work community of the organisation, or nowhere. */
export function PlacementPage(props: {
  user: UserSummary;
  units: Array<UnitNode & { depth: number }>;
  unitId: string;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { user } = props;
  const title = view.t('accounts.placement.title', { name: user.displayName });
  const labels = { unitId: view.t('accounts.placement.unit') };
  const breadcrumbs = [
    { label: view.t('accounts.admin.title'), href: view.href('/admin/users') },
    { label: user.displayName, href: view.href(`/admin/users/${user.id}`) },
  ];
  return (
    <AdminLayout title={title} breadcrumbs={breadcrumbs}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={view.href(`/admin/users/${user.id}/placement`)}>
        <SelectField
          name="unitId"
          label={labels.unitId}
          hint={view.t('accounts.placement.unitHint')}
          value={props.unitId}
          options={unitOptions(props.units, view.text)}
          emptyLabel={view.t('accounts.placement.nowhere')}
          errors={props.errors}
          required={false}
        />
        <div class="form-actions">
          <Button>{view.t('accounts.placement.save')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}
