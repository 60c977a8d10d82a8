import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { Button, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';
import { AdminEventFrame } from './admin-event-frame.tsx';
import { EventFormFields, eventFieldLabels } from './event-form-fields.tsx';

/** The event form's fields as text, as sent or as stored. */
export interface EventFormValues {
  kind: string;
  title: Partial<LocalizedText>;
  description: Partial<LocalizedText>;
  agenda: Partial<LocalizedText>;
  summary: Partial<LocalizedText>;
  place: Partial<LocalizedText>;
  onlineUrl: string;
  startsOn: string;
  startTime: string;
  endsOn: string;
  endTime: string;
  audience: string;
  audienceBodyIds: string[];
  audienceUnitIds: string[];
  responsible: Partial<LocalizedText>;
  status: string;
  timelineItemId: string;
}

/** The choices the form offers from the event's process. */
export interface EventFormChoices {
  bodies: Array<{ value: string; label: string }>;
  /** The organisation's units and work communities, each beneath its unit. */
  units: Array<{ value: string; label: string }>;
  timelineItems: Array<{ value: string; label: string }>;
}

/** A new event of a chosen process. */
export function AdminNewEventPage(props: {
  processTitle: string;
  action: string;
  values: EventFormValues;
  choices: EventFormChoices;
  errors?: FieldErrors;
}) {
  const view = useView();
  const title = view.t('events.admin.newIn', { process: props.processTitle });
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('events.admin.navigation'), href: view.href('/admin/events') }]}>
      <h1>{title}</h1>
      <Form action={props.action}>
        <ErrorSummary errors={props.errors} labels={eventFieldLabels(view)} />
        <EventFormFields values={props.values} choices={props.choices} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('events.form.create')}</Button>
        </div>
      </Form>
    </AdminLayout>
  );
}

/** An existing event's details. */
export function AdminEditEventPage(props: {
  event: Event;
  action: string;
  values: EventFormValues;
  choices: EventFormChoices;
  errors?: FieldErrors;
}) {
  const view = useView();
  return (
    <AdminEventFrame
      event={props.event}
      section="details"
      title={view.t('events.admin.editTitle', { event: view.text(props.event.title) })}
    >
      <Form action={props.action}>
        <ErrorSummary errors={props.errors} labels={eventFieldLabels(view)} />
        <p class="field__hint">{view.t('events.form.changeNotice')}</p>
        <EventFormFields values={props.values} choices={props.choices} errors={props.errors} />
        <div class="form-actions">
          <Button>{view.t('events.form.save')}</Button>
        </div>
      </Form>
    </AdminEventFrame>
  );
}

/** First step of a new event: which process it belongs to. */
export function AdminChooseProcessPage(props: { processes: Array<{ id: string; title: string }> }) {
  const view = useView();
  const title = view.t('events.admin.new');
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: view.t('events.admin.navigation'), href: view.href('/admin/events') }]}>
      <h1>{title}</h1>
      <p>{view.t('events.admin.chooseProcess')}</p>
      <ul>
        {props.processes.map((process) => (
          <li key={process.id}>
            <a href={view.href(`/admin/events/new?process=${encodeURIComponent(process.id)}`)}>{process.title}</a>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
}
