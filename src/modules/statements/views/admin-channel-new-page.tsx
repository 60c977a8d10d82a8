import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { type ChannelFormValues, ChannelSettingsFields, channelFieldLabels, type Option, SeedStatementsFields } from './channel-form.tsx';

/** Setting up a new statements channel in a process, with its first statements. */
export function AdminChannelNewPage(props: {
  process: { id: string; title: LocalizedText };
  values: ChannelFormValues;
  seedStatements: string;
  seedLanguage: string;
  phases: Option[];
  bodies: Option[];
  units: Option[];
  errors?: FieldErrors;
}) {
  const view = useView();
  const title = view.t('statements.admin.newTitle', { process: view.text(props.process.title) });
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('statements.admin.title'), href: view.href('/admin/statements') }]}>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} labels={channelFieldLabels(view)} />
      <Form action={view.href(`/admin/statements/new?process=${props.process.id}`)}>
        <ChannelSettingsFields
          values={props.values}
          phases={props.phases}
          bodies={props.bodies}
          units={props.units}
          errors={props.errors}
        />
        <SeedStatementsFields value={props.seedStatements} language={props.seedLanguage} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('statements.admin.create')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}
