import type { FieldErrors } from '../../../platform/http/errors.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Event } from '../queries/find-event.ts';
import type { SeatSummary } from '../queries/seat-summary.ts';
import { EventFacts } from './event-facts.tsx';
import { langOf } from './labels.ts';
import { RegistrationForm, type RegistrationFormSetup, type RegistrationFormValues } from './registration-form.tsx';
import { SeatTable } from './seat-table.tsx';

/** What the registration part of an event page shows. */
export type RegistrationPanel =
  | { kind: 'none' }
  | { kind: 'closed'; messageKey: string }
  | { kind: 'signIn'; href: string; messageKey: string }
  | { kind: 'notStaff' }
  | { kind: 'notInAudience'; messageKey: string }
  | { kind: 'invitationOnly' }
  | { kind: 'form'; setup: RegistrationFormSetup; values: RegistrationFormValues; errors?: FieldErrors };

function Breadcrumbs(props: { process: Process; title: string }) {
  const view = useView();
  return (
    <nav class="breadcrumbs" aria-label={view.t('events.nav.breadcrumbs')}>
      <ol>
        <li>
          <a href={view.href('/')}>{view.t('events.nav.frontPage')}</a>
        </li>
        <li>
          <a href={view.href(`/processes/${props.process.slug}`)} lang={langOf(view, props.process.title)}>
            {view.text(props.process.title)}
          </a>
        </li>
        <li>
          <a href={view.href(`/processes/${props.process.slug}/events`)}>{view.t('events.nav.processEvents')}</a>
        </li>
        <li>
          <span aria-current="page">{props.title}</span>
        </li>
      </ol>
    </nav>
  );
}

function Registration(props: { panel: RegistrationPanel }) {
  const view = useView();
  const { panel } = props;
  if (panel.kind === 'none') return null;
  return (
    <section aria-labelledby="registration-title">
      <h2 id="registration-title">{view.t('events.register.title')}</h2>
      {panel.kind === 'closed' && <p class="notice notice--info">{view.t(panel.messageKey)}</p>}
      {panel.kind === 'signIn' && (
        <p>
          {view.t(panel.messageKey)} <a href={panel.href}>{view.t('events.register.signIn')}</a>
        </p>
      )}
      {panel.kind === 'notStaff' && <p class="notice notice--info">{view.t('events.register.notStaff')}</p>}
      {panel.kind === 'notInAudience' && <p class="notice notice--info">{view.t(panel.messageKey)}</p>}
      {panel.kind === 'invitationOnly' && <p>{view.t('events.register.invitationOnly')}</p>}
      {panel.kind === 'form' && <RegistrationForm setup={panel.setup} values={panel.values} errors={panel.errors} />}
    </section>
  );
}

/** An event's public page: facts, calendar file, description, agenda, summary once held, seats and registration. */
export function EventPage(props: {
  event: Event;
  process: Process;
  audienceNames: string[];
  seats: SeatSummary | null;
  attributeLabel: string;
  panel: RegistrationPanel;
  status?: number;
}) {
  const view = useView();
  const { event, process } = props;
  const title = view.text(event.title);
  const description = view.text(event.description);
  const agenda = view.text(event.agenda);
  const summary = view.text(event.summary);
  return (
    <Layout title={props.status === 422 ? view.t('events.page.titleWithErrors', { title }) : title}>
      <Breadcrumbs process={process} title={title} />
      <h1 lang={langOf(view, event.title)}>{title}</h1>
      {event.status === 'cancelled' && <p class="notice notice--warning">{view.t('events.page.cancelled')}</p>}
      <EventFacts event={event} audienceNames={props.audienceNames} />
      <ul class="actions">
        <li>
          <a href={`/api/v1/events/${event.id}.ics?lang=${view.locale}`}>{view.t('events.page.addToCalendar')}</a>
        </li>
        <li>
          <a href={view.href(`/processes/${process.slug}/timeline`)}>{view.t('events.page.timeline')}</a>
        </li>
      </ul>
      {description && (
        <div class="prose" lang={langOf(view, event.description)} dangerouslySetInnerHTML={{ __html: renderMarkdown(description) }} />
      )}
      {agenda && (
        <section aria-labelledby="agenda-title">
          <h2 id="agenda-title">{view.t('events.page.agenda')}</h2>
          <div class="prose" lang={langOf(view, event.agenda)} dangerouslySetInnerHTML={{ __html: renderMarkdown(agenda) }} />
        </section>
      )}
      {event.status === 'held' && summary && (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{view.t('events.page.summary')}</h2>
          <div class="prose" lang={langOf(view, event.summary)} dangerouslySetInnerHTML={{ __html: renderMarkdown(summary) }} />
        </section>
      )}
      {props.seats && event.registrationMode !== 'none' && (
        <section aria-labelledby="seats-title">
          <h2 id="seats-title">{view.t('events.seats.title')}</h2>
          <SeatTable seats={props.seats} attributeLabel={props.attributeLabel} />
        </section>
      )}
      <Registration panel={props.panel} />
    </Layout>
  );
}
