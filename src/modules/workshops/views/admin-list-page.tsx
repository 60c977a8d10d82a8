import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Workshop } from '../model.ts';
import { WORKSHOP_TEMPLATES } from '../templates.ts';

/** The workshops the actor facilitates, and the template library to start a new one from. */
export function AdminListPage(props: { workshops: Array<{ workshop: Workshop; processTitle: string; notes: number }> }) {
  const view = useView();
  const title = view.t('workshops.admin.title');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('platform.admin.dashboard'), href: view.href('/admin') }]}>
      <h1>{title}</h1>
      <h2>{view.t('workshops.admin.startTitle')}</h2>
      <ul class="card-list">
        {WORKSHOP_TEMPLATES.map((template) => (
          <li key={template.key}>
            <div class="card">
              <h3 class="card__title">
                <a href={view.href(`/admin/workshops/new?template=${template.key}`)}>{view.t(template.nameKey)}</a>
              </h3>
              <p class="card__body">{view.t(template.descriptionKey)}</p>
            </div>
          </li>
        ))}
        <li>
          <div class="card">
            <h3 class="card__title">
              <a href={view.href('/admin/workshops/new')}>{view.t('workshops.admin.blank')}</a>
            </h3>
            <p class="card__body">{view.t('workshops.admin.blankDescription')}</p>
          </div>
        </li>
      </ul>
      <h2>{view.t('workshops.admin.listTitle')}</h2>
      {props.workshops.length === 0 ? (
        <p>{view.t('workshops.admin.none')}</p>
      ) : (
        <TableScroll label={view.t('workshops.admin.listTitle')}>
          <table class="data-table">
            <caption class="visually-hidden">{view.t('workshops.admin.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('workshops.form.title')}</th>
                <th scope="col">{view.t('workshops.admin.process')}</th>
                <th scope="col">{view.t('workshops.form.kind')}</th>
                <th scope="col">{view.t('workshops.admin.status')}</th>
                <th scope="col">{view.t('workshops.admin.code')}</th>
                <th scope="col" class="text-right">
                  {view.t('workshops.admin.notes')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.workshops.map(({ workshop, processTitle, notes }) => (
                <tr key={workshop.id}>
                  <th scope="row">
                    <a href={view.href(`/admin/workshops/${workshop.id}`)}>{view.text(workshop.title)}</a>
                  </th>
                  <td>{processTitle}</td>
                  <td>{view.t(`workshops.kind.${workshop.kind}`)}</td>
                  <td>
                    <span class={`tag tag--${workshop.status === 'open' ? 'public' : 'draft'}`}>
                      {view.t(`workshops.status.${workshop.status}`)}
                    </span>
                  </td>
                  <td>
                    <code>{workshop.joinCode}</code>
                  </td>
                  <td class="text-right">{notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminLayout>
  );
}
