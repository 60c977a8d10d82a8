import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { processCrumbs } from './admin-breadcrumbs.ts';

/** Message keys of a delete confirmation; each may use {name}. */
export interface DeleteMessages {
  title: string;
  question: string;
  consequence: string;
  confirm: string;
}

/** Asks before deleting a process or one of its parts; `action` and `cancel` are paths without the locale. */
export function AdminDeletePage(props: {
  process: Process;
  name: LocalizedText;
  messages: DeleteMessages;
  action: string;
  cancel: string;
}) {
  const view = useView();
  const values = { name: view.text(props.name) };
  return (
    <ConfirmPage
      title={view.t(props.messages.title, values)}
      question={view.t(props.messages.question, values)}
      consequence={view.t(props.messages.consequence, values)}
      action={view.href(props.action)}
      cancelHref={view.href(props.cancel)}
      confirmLabel={view.t(props.messages.confirm, values)}
      breadcrumbs={processCrumbs(view, props.process)}
    />
  );
}
