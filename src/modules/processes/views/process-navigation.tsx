import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { langOf } from './localized.ts';

/** The pages of a process's public site. */
export type ProcessSection = 'overview' | 'timeline' | 'organisation' | 'participation';

interface SectionLink {
  section: ProcessSection;
  path: string;
  label: string;
}

function Breadcrumbs(props: { process: Process; current: SectionLink }) {
  const view = useView();
  const { process, current } = props;
  const title = view.text(process.title);
  return (
    <nav class="breadcrumbs" aria-label={view.t('processes.nav.breadcrumbs')}>
      <ol>
        <li>
          <a href={view.href('/')}>{view.t('processes.nav.frontPage')}</a>
        </li>
        <li>
          {current.section === 'overview' ? (
            <span aria-current="page" lang={langOf(view, process.title)}>
              {title}
            </span>
          ) : (
            <a href={view.href(`/processes/${process.slug}`)} lang={langOf(view, process.title)}>
              {title}
            </a>
          )}
        </li>
        {current.section !== 'overview' && (
          <li>
            <span aria-current="page">{current.label}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}

/** Breadcrumbs (front page › process › section) and the links between a process's pages. */
export function ProcessNavigation(props: { process: Process; current: ProcessSection }) {
  const view = useView();
  const base = `/processes/${props.process.slug}`;
  const links: SectionLink[] = [
    { section: 'overview', path: base, label: view.t('processes.nav.overview') },
    { section: 'timeline', path: `${base}/timeline`, label: view.t('processes.nav.timeline') },
    { section: 'organisation', path: `${base}/organisation`, label: view.t('processes.nav.organisation') },
    // Everyone has a participation page (a browser without an account sees what it did by its own
    // cookie), so the link is the same on every copy of the cached anonymous pages.
    { section: 'participation', path: `${base}/my-participation`, label: view.t('processes.nav.participation') },
  ];
  const current = links.find((link) => link.section === props.current) ?? links[0]!;
  return (
    <>
      <Breadcrumbs process={props.process} current={current} />
      <nav aria-label={view.t('processes.nav.sections')}>
        <ul class="actions">
          {links.map((link) => (
            <li key={link.section}>
              <a href={view.href(link.path)} aria-current={link.section === props.current ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
