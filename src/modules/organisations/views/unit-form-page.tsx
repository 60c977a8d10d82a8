import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form, LocalizedTextFields, SelectField, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { flattenUnitTree, type UnitNode } from '../queries/list-units.ts';
import { ORGANISATION_LIMITS } from '../schemas.ts';

/** What the unit form shows: saved values, or what was sent when it had errors. */
export interface UnitFormValues {
  kind: string;
  parentId: string;
  name: Partial<LocalizedText>;
  headcount: string;
  position: string;
}

/** Units that may hold this one: not work communities, not itself, nothing beneath it. */
function parentOptions(tree: UnitNode[], unitId: string | null, label: (node: UnitNode) => string) {
  const excluded = new Set<string>();
  return flattenUnitTree(tree).flatMap((node) => {
    if (node.id === unitId || (node.parentId && excluded.has(node.parentId))) {
      excluded.add(node.id);
      return [];
    }
    if (node.kind !== 'unit') return [];
    return [{ value: node.id, label: `${'– '.repeat(node.depth)}${label(node)}` }];
  });
}

/** Creates or edits a unit or work community. */
export function UnitFormPage(props: { unitId: string | null; tree: UnitNode[]; values: UnitFormValues; errors?: FieldErrors }) {
  const view = useView();
  const title = view.t(props.unitId ? 'organisations.units.editTitle' : 'organisations.units.newTitle');
  const action = view.href(props.unitId ? `/admin/units/${props.unitId}/edit` : '/admin/units/new');
  const hasChildren = props.unitId !== null && flattenUnitTree(props.tree).some((node) => node.parentId === props.unitId);
  const labels = {
    kind: view.t('organisations.units.field.kind'),
    parentId: view.t('organisations.units.field.parent'),
    'name.fi': `${view.t('organisations.units.field.name')} (${view.t('platform.language.fi')})`,
    'name.sv': `${view.t('organisations.units.field.name')} (${view.t('platform.language.sv')})`,
    'name.en': `${view.t('organisations.units.field.name')} (${view.t('platform.language.en')})`,
    headcount: view.t('organisations.units.field.headcount'),
    position: view.t('organisations.units.field.position'),
  };
  const breadcrumbs = [
    { label: view.t('platform.admin.dashboard'), href: view.href('/admin') },
    { label: view.t('organisations.units.title'), href: view.href('/admin/units') },
  ];
  return (
    <AdminLayout title={title} breadcrumbs={breadcrumbs}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form action={action}>
        <SelectField
          name="kind"
          label={labels.kind}
          value={props.values.kind}
          errors={props.errors}
          options={[
            { value: 'unit', label: view.t('organisations.units.kind.unit') },
            // A unit with units or work communities beneath it cannot become a work community.
            ...(hasChildren ? [] : [{ value: 'work_community', label: view.t('organisations.units.kind.workCommunity') }]),
          ]}
        />
        <SelectField
          name="parentId"
          label={labels.parentId}
          hint={view.t('organisations.units.field.parentHint')}
          value={props.values.parentId}
          errors={props.errors}
          emptyLabel={view.t('organisations.units.field.noParent')}
          options={parentOptions(props.tree, props.unitId, (node) => view.text(node.name))}
        />
        <LocalizedTextFields
          name="name"
          label={view.t('organisations.units.field.name')}
          value={props.values.name}
          errors={props.errors}
          maxLength={ORGANISATION_LIMITS.unitNameMax}
        />
        <TextField
          name="headcount"
          label={labels.headcount}
          hint={view.t('organisations.units.field.headcountHint')}
          value={props.values.headcount}
          errors={props.errors}
          autocomplete="off"
          inputMode="numeric"
        />
        <TextField
          name="position"
          label={labels.position}
          hint={view.t('organisations.units.field.positionHint')}
          value={props.values.position}
          errors={props.errors}
          autocomplete="off"
          inputMode="numeric"
          required={false}
        />
        <div class="form-actions">
          <Button>{view.t(props.unitId ? 'organisations.units.saveChanges' : 'organisations.units.create')}</Button>
          <a class="button button--secondary" href={view.href('/admin/units')}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminLayout>
  );
}
