import type { ComponentChildren } from 'preact';
import { useView } from '../context.ts';
import { Layout } from './layout.tsx';

/** A trail of links above an admin page's title. */
export interface Crumb {
  label: string;
  href: string;
}

/** The admin menu's links, with the current page marked. */
function AdminLinks() {
  const view = useView();
  const links = view.adminLinks.filter((link) => view.can(link.permission));
  const current = view.url.split('?')[0] ?? '';
  return (
    <ul>
      <li>
        <a href={view.href('/admin')} aria-current={current === view.href('/admin') ? 'page' : undefined}>
          {view.t('platform.admin.dashboard')}
        </a>
      </li>
      {links.map((link) => {
        const href = view.href(link.path);
        return (
          <li key={link.path}>
            <a href={href} aria-current={current === href || current.startsWith(`${href}/`) ? 'page' : undefined}>
              {view.t(link.labelKey)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The admin frame: the module links the actor may use, breadcrumbs, and the page.
 * On a wide screen the menu is a column beside the page; on a phone the same links
 * fold into a closed disclosure (`<details>`, no script needed), so the page's own
 * content is on the first screen. CSS shows one of the two, so a screen reader meets one.
 */
export function AdminLayout(props: { title: string; breadcrumbs?: Crumb[]; children: ComponentChildren }) {
  const view = useView();
  return (
    <Layout title={props.title} wide>
      <div class="admin-layout">
        <details class="admin-menu">
          <summary>{view.t('platform.admin.menu')}</summary>
          <nav class="admin-nav" aria-label={view.t('platform.admin.navigation')}>
            <AdminLinks />
          </nav>
        </details>
        <nav class="admin-nav admin-nav--column" aria-label={view.t('platform.admin.navigation')}>
          <AdminLinks />
        </nav>
        <div class="admin-content">
          {props.breadcrumbs && props.breadcrumbs.length > 0 && (
            <nav aria-label={view.t('platform.admin.breadcrumbs')}>
              <ol class="breadcrumbs">
                {props.breadcrumbs.map((crumb) => (
                  <li key={crumb.href}>
                    <a href={crumb.href}>{crumb.label}</a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {props.children}
        </div>
      </div>
    </Layout>
  );
}
