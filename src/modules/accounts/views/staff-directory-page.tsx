import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { UserSummary } from '../queries/list-users.ts';
import type { DirectoryUnit } from '../queries/staff-directory.ts';

function UnitTable(props: { units: DirectoryUnit[]; chosen: string | null }) {
  const view = useView();
  return (
    <TableScroll label={view.t('accounts.staff.unitsCaption')}>
      <table class="data-table">
        <caption>{view.t('accounts.staff.unitsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.staff.unit')}</th>
            <th scope="col">{view.t('accounts.staff.headcount')}</th>
            <th scope="col">{view.t('accounts.staff.placed')}</th>
            <th scope="col">{view.t('accounts.staff.placedWithin')}</th>
          </tr>
        </thead>
        <tbody>
          {props.units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">
                {'– '.repeat(unit.depth)}
                <a
                  href={view.href(`/admin/staff?unit=${encodeURIComponent(unit.id)}`)}
                  aria-current={unit.id === props.chosen ? 'page' : undefined}
                >
                  {view.text(unit.name)}
                </a>
              </th>
              <td>{unit.headcount}</td>
              <td>{unit.placed}</td>
              <td>{unit.placedWithin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PeopleTable(props: { unit: DirectoryUnit; people: UserSummary[]; unitNames: Map<string, string> }) {
  const view = useView();
  const manage = view.can('accounts.users.manage');
  return (
    <TableScroll label={view.t('accounts.staff.peopleCaption', { unit: view.text(props.unit.name) })}>
      <table class="data-table">
        <caption>{view.t('accounts.staff.peopleCaption', { unit: view.text(props.unit.name) })}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('accounts.staff.name')}</th>
            <th scope="col">{view.t('accounts.field.email')}</th>
            <th scope="col">{view.t('accounts.staff.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{manage ? <a href={view.href(`/admin/users/${person.id}`)}>{person.displayName}</a> : person.displayName}</th>
              <td>{person.email}</td>
              <td>{props.unitNames.get(person.unitId ?? '') ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The staff directory: units with their typed and placed headcounts, and the people of one unit and what is beneath it. */
export function StaffDirectoryPage(props: { units: DirectoryUnit[]; chosen: DirectoryUnit | null; people: UserSummary[]; more: boolean }) {
  const view = useView();
  const title = view.t('accounts.staff.title');
  const unitNames = new Map(props.units.map((unit) => [unit.id, view.text(unit.name)]));
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('accounts.staff.intro')}</p>
      {props.units.length === 0 ? (
        <p>{view.t('accounts.staff.noUnits')}</p>
      ) : (
        <UnitTable units={props.units} chosen={props.chosen?.id ?? null} />
      )}
      {props.chosen && (
        <>
          <h2>{view.t('accounts.staff.peopleTitle', { unit: view.text(props.chosen.name) })}</h2>
          {props.people.length === 0 ? (
            <p>{view.t('accounts.staff.noPeople')}</p>
          ) : (
            <PeopleTable unit={props.chosen} people={props.people} unitNames={unitNames} />
          )}
          {props.more && <p>{view.t('accounts.staff.more', { count: props.people.length })}</p>}
        </>
      )}
    </AdminLayout>
  );
}
