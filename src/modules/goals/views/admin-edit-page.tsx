import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** A page of its own for one edit form (a goal's, an objective's or an indicator's), so its fields' ids are the page's only ones. */
export function AdminEditPage(props: {
  titleKey: string;
  process: { id: string; title: LocalizedText };
  /** The page of what is edited, last in the breadcrumbs. */
  parent: { label: LocalizedText; href: string };
  children: ComponentChildren;
}) {
  const view = useView();
  const title = view.t(props.titleKey);
  return (
    <AdminLayout
      title={title}
      breadcrumbs={[
        { label: view.t('goals.admin.title'), href: view.href('/admin/goals') },
        { label: view.text(props.process.title), href: view.href(`/admin/goals/processes/${props.process.id}`) },
        { label: view.text(props.parent.label), href: view.href(props.parent.href) },
      ]}
    >
      <h1>{title}</h1>
      {props.children}
    </AdminLayout>
  );
}
