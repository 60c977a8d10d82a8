import type { ComponentChildren } from 'preact';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';

/** The organiser's pages of one event. */
export type AdminEventSection = 'details' | 'settings' | 'registrations' | 'invitations' | 'checkIn';

/** The admin frame of one event's pages: breadcrumbs, the event's title and links between its pages. */
export function AdminEventFrame(props: { event: Event; section: AdminEventSection; title: string; children: ComponentChildren }) {
  const view = useView();
  const { event } = props;
  const base = `/admin/events/${event.id}`;
  const manage = view.can('events.event.manage', { processId: event.processId });
  const links: Array<{ section: AdminEventSection; path: string; label: string; show: boolean }> = [
    { section: 'details', path: `${base}/edit`, label: view.t('events.admin.details'), show: manage },
    { section: 'settings', path: `${base}/registration`, label: view.t('events.admin.settings'), show: manage },
    { section: 'registrations', path: `${base}/registrations`, label: view.t('events.admin.registrations'), show: manage },
    {
      section: 'invitations',
      path: `${base}/invitations`,
      label: view.t('events.admin.invitations'),
      show: manage && event.registrationMode === 'invitation',
    },
    { section: 'checkIn', path: `${base}/check-in`, label: view.t('events.admin.checkIn'), show: true },
  ];
  const breadcrumbs = [
    { label: view.t('events.admin.navigation'), href: view.href('/admin/events') },
    { label: view.text(event.title), href: view.href(`/events/${event.id}`) },
  ];
  return (
    <AdminLayout title={props.title} breadcrumbs={breadcrumbs}>
      <h1>{props.title}</h1>
      <nav aria-label={view.t('events.admin.eventPages')}>
        <ul class="actions">
          {links
            .filter((link) => link.show)
            .map((link) => (
              <li key={link.section}>
                <a href={view.href(link.path)} aria-current={link.section === props.section ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      {props.children}
    </AdminLayout>
  );
}
