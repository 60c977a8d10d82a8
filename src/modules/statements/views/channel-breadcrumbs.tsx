import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';

/** Front page › process › statements › (this page): where a statements page sits in the process's site. */
export function ChannelBreadcrumbs(props: { process: Process; trail?: Array<{ label: string; href: string }>; current: string }) {
  const view = useView();
  const base = `/processes/${props.process.slug}`;
  return (
    <nav class="breadcrumbs" aria-label={view.t('statements.nav.breadcrumbs')}>
      <ol>
        <li>
          <a href={view.href('/')}>{view.t('statements.nav.frontPage')}</a>
        </li>
        <li>
          <a href={view.href(base)}>{view.text(props.process.title)}</a>
        </li>
        {(props.trail ?? []).map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li>
          <span aria-current="page">{props.current}</span>
        </li>
      </ol>
    </nav>
  );
}
