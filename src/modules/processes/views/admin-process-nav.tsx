import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { processAdminPath } from './admin-paths.ts';

/** The parts of a process's admin, as tabs. */
export type ProcessAdminSection = 'details' | 'phases' | 'bodies' | 'timeline';

/** Links between a process's admin pages, and to its public page. */
export function ProcessAdminNav(props: { process: Process; current: ProcessAdminSection }) {
  const view = useView();
  const sections: Array<{ section: ProcessAdminSection; path: string; label: string }> = [
    { section: 'details', path: processAdminPath(props.process.id), label: view.t('processes.admin.nav.details') },
    { section: 'phases', path: processAdminPath(props.process.id, 'phases'), label: view.t('processes.admin.nav.phases') },
    { section: 'bodies', path: processAdminPath(props.process.id, 'bodies'), label: view.t('processes.admin.nav.bodies') },
    { section: 'timeline', path: processAdminPath(props.process.id, 'timeline'), label: view.t('processes.admin.nav.timeline') },
  ];
  return (
    <nav aria-label={view.t('processes.admin.nav.label')}>
      <ul class="actions">
        {sections.map((item) => (
          <li key={item.section}>
            <a
              class={item.section === props.current ? 'button button--small' : 'button button--secondary button--small'}
              href={view.href(item.path)}
              aria-current={item.section === props.current ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
        <li>
          <a href={view.href(`/processes/${encodeURIComponent(props.process.slug)}`)}>{view.t('processes.admin.nav.publicPage')}</a>
        </li>
      </ul>
    </nav>
  );
}
