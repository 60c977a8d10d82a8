import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UnitNode } from '../queries/list-units.ts';

/** Asks before a unit is deleted, naming it and what happens to the people in it. */
export function DeleteUnitPage(props: { unit: UnitNode }) {
  const view = useView();
  return (
    <ConfirmPage
      title={view.t('organisations.units.deleteTitle')}
      question={view.t('organisations.units.deleteQuestion', { name: view.text(props.unit.name) })}
      consequence={view.t('organisations.units.deleteConsequence')}
      action={view.href(`/admin/units/${props.unit.id}/delete`)}
      cancelHref={view.href('/admin/units')}
      confirmLabel={view.t('organisations.units.deleteConfirm')}
      breadcrumbs={[
        { label: view.t('platform.admin.dashboard'), href: view.href('/admin') },
        { label: view.t('organisations.units.title'), href: view.href('/admin/units') },
      ]}
    />
  );
}
