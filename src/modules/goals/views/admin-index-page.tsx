import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** The processes whose goals can be followed up. */
export function AdminIndexPage(props: { processes: Array<{ id: string; title: LocalizedText }> }) {
  const view = useView();
  const title = view.t('goals.admin.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      <p>{view.t('goals.admin.intro')}</p>
      <ul>
        {props.processes.map((process) => (
          <li key={process.id}>
            <a href={view.href(`/admin/goals/processes/${process.id}`)}>{view.text(process.title)}</a>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
}
