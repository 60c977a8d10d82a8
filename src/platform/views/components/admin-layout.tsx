import type { ComponentChildren } from 'preact';
import { useView } from '../context.ts';
import { Layout } from './layout.tsx';

/** A trail of links above an admin page's title. */
export interface Crumb {
  label: string;
  href: string;
}

/** The admin frame: the module links the actor may use, breadcrumbs, and the page. */
export function AdminLayout(props: { title: string; breadcrumbs?: Crumb[]; children: ComponentChildren }) {
  const view = useView();
  const links = view.adminLinks.filter((link) => view.can(link.permission));
  const current = view.url.split('?')[0] ?? '';
  return (
    <Layout title={props.title} wide>
      <div class="admin-layout">
        <nav class="admin-nav" aria-label={view.t('platform.admin.navigation')}>
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
