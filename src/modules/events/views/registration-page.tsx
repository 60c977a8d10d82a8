import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';
import type { RegistrationStatus } from '../tables.ts';
import { useEventTime } from './event-facts.tsx';
import { langOf } from './labels.ts';

/** A registration as its owner sees it through the personal link. */
export interface OwnRegistration {
  name: string;
  email: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
}

function StatusNotice(props: { registration: OwnRegistration; event: Event }) {
  const view = useView();
  const { registration } = props;
  if (registration.status === 'confirmed') return <p class="notice notice--success">{view.t('events.own.confirmed')}</p>;
  if (registration.status === 'waitlisted') {
    return <p class="notice notice--info">{view.t('events.own.waitlisted', { position: registration.waitlistPosition ?? 1 })}</p>;
  }
  return <p class="notice notice--warning">{view.t('events.own.cancelled')}</p>;
}

/** The personal registration page: status, the event, the calendar file and a cancel button. */
export function RegistrationPage(props: { event: Event; registration: OwnRegistration; cancelAction: string }) {
  const view = useView();
  const { event, registration } = props;
  const title = view.t('events.own.title', { event: view.text(event.title) });
  const active = registration.status !== 'cancelled' && event.status !== 'cancelled' && event.status !== 'held';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <StatusNotice registration={registration} event={event} />
      {event.status === 'cancelled' && <p class="notice notice--warning">{view.t('events.page.cancelled')}</p>}
      <dl class="summary-list">
        <div>
          <dt>{view.t('events.own.event')}</dt>
          <dd>
            <a href={view.href(`/events/${event.id}`)} lang={langOf(view, event.title)}>
              {view.text(event.title)}
            </a>
          </dd>
        </div>
        <div>
          <dt>{view.t('events.facts.when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{useEventTime(event)}</time>
          </dd>
        </div>
        <div>
          <dt>{view.t('events.own.registrant')}</dt>
          <dd>
            {registration.name} ({registration.email})
          </dd>
        </div>
      </dl>
      {registration.status === 'confirmed' && (
        <p>
          <a href={`/api/v1/events/${event.id}.ics?lang=${view.locale}`}>{view.t('events.page.addToCalendar')}</a>
        </p>
      )}
      <p>{view.t('events.own.keepLink')}</p>
      {active && (
        <section aria-labelledby="cancel-title">
          <h2 id="cancel-title">{view.t('events.own.cancelTitle')}</h2>
          <p>{registration.status === 'confirmed' ? view.t('events.own.cancelConfirmed') : view.t('events.own.cancelWaitlisted')}</p>
          <Form action={props.cancelAction}>
            <input type="hidden" name="confirm" value="yes" />
            <Button variant="danger">{view.t('events.own.cancelButton')}</Button>
          </Form>
        </section>
      )}
    </Layout>
  );
}
