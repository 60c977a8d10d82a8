import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** The processes the actor may analyse, each linking to its theme runs. */
export function AdminProcessesPage(props: { processes: Array<{ id: string; title: LocalizedText }> }) {
  const view = useView();
  return (
    <AdminLayout title={view.t('insights.admin.title')}>
      <h1>{view.t('insights.admin.title')}</h1>
      <p>{view.t('insights.admin.intro')}</p>
      {props.processes.length === 0 ? (
        <p>{view.t('insights.admin.noProcesses')}</p>
      ) : (
        <ul>
          {props.processes.map((process) => (
            <li key={process.id}>
              <a href={view.href(`/admin/insights/processes/${process.id}`)}>{view.text(process.title)}</a>
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
