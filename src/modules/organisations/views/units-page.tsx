import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UnitNode } from '../queries/list-units.ts';
import type { UnitFigures } from '../queries/unit-figures.ts';
import { UnitTree } from './unit-tree.tsx';

/** The unit tree with its totals and a way to add a unit. */
export function UnitsPage(props: { tree: UnitNode[]; figures: UnitFigures; directory: ReadonlyMap<string, number> }) {
  const view = useView();
  const title = view.t('organisations.units.title');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('platform.admin.dashboard'), href: view.href('/admin') }]}>
      <h1>{title}</h1>
      <p class="lead">{view.t('organisations.units.intro')}</p>
      <p>
        {view.t('organisations.units.totals', {
          units: props.figures.units,
          workCommunities: props.figures.workCommunities,
          headcount: props.figures.headcount,
        })}
      </p>
      <p>
        <a class="button" href={view.href('/admin/units/new')}>
          {view.t('organisations.units.add')}
        </a>
      </p>
      {props.tree.length ? <UnitTree tree={props.tree} directory={props.directory} /> : <p>{view.t('organisations.units.empty')}</p>}
    </AdminLayout>
  );
}
