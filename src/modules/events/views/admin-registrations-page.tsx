import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../../platform/views/components/forms.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Event } from '../queries/find-event.ts';
import type { RegistrationItem } from '../queries/list-registrations.ts';
import type { SeatSummary } from '../queries/seat-summary.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { AdminEventFrame } from './admin-event-frame.tsx';
import { REGISTRATION_STATUS_LABELS } from './labels.ts';
import { RegistrationDownloads } from './registration-downloads.tsx';
import { SeatTable } from './seat-table.tsx';

/** The add form's fields as text. */
export interface AddFormValues {
  name: string;
  email: string;
  attributeValue: string;
  locale: string;
  reason: string;
}

/** What the organiser's registration pages need to name units or sectors. */
export interface AttributeChoices {
  label: string;
  options: Array<{ value: string; label: string }>;
}

function AddForm(props: { event: Event; choices: AttributeChoices | null; values: AddFormValues; errors?: FieldErrors }) {
  const view = useView();
  const { values, errors } = props;
  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">{view.t('events.organiser.addTitle')}</h2>
      <p>{view.t('events.organiser.addHint')}</p>
      <Form action={view.href(`/admin/events/${props.event.id}/registrations`)}>
        <ErrorSummary errors={errors} />
        <TextField
          name="name"
          label={view.t('events.register.name')}
          value={values.name}
          errors={errors}
          maxLength={EVENT_LIMITS.nameMax}
        />
        <TextField name="email" type="email" label={view.t('events.register.email')} value={values.email} errors={errors} maxLength={254} />
        {props.choices && (
          <SelectField
            name="attributeValue"
            label={props.choices.label}
            emptyLabel={view.t('events.register.choose')}
            value={values.attributeValue}
            options={props.choices.options}
            errors={errors}
            required={false}
          />
        )}
        <SelectField
          name="locale"
          label={view.t('events.organiser.language')}
          value={values.locale}
          options={LOCALES.map((locale) => ({ value: locale, label: view.t(`platform.language.${locale}`) }))}
          errors={errors}
        />
        <TextArea
          name="reason"
          label={view.t('events.organiser.reason')}
          hint={view.t('events.organiser.reasonHint')}
          value={values.reason}
          rows={2}
          errors={errors}
          maxLength={EVENT_LIMITS.reasonMax}
        />
        <div class="form-actions">
          <Button>{view.t('events.organiser.addButton')}</Button>
        </div>
      </Form>
    </section>
  );
}

function RegistrationRows(props: { event: Event; items: RegistrationItem[]; choices: AttributeChoices | null }) {
  const view = useView();
  const labelOf = (value: string | null) => props.choices?.options.find((option) => option.value === value)?.label ?? '–';
  return (
    <TableScroll label={view.t('events.organiser.listCaption', { count: props.items.length })}>
      <table class="data-table">
        <caption>{view.t('events.organiser.listCaption', { count: props.items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{view.t('events.organiser.number')}</th>
            <th scope="col">{view.t('events.register.name')}</th>
            <th scope="col">{view.t('events.register.email')}</th>
            {props.choices && <th scope="col">{props.choices.label}</th>}
            <th scope="col">{view.t('events.organiser.status')}</th>
            <th scope="col">{view.t('events.organiser.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td>{item.seq}</td>
              <th scope="row">{item.name}</th>
              <td>{item.email}</td>
              {props.choices && <td>{labelOf(item.attributeValue)}</td>}
              <td>
                {view.t(REGISTRATION_STATUS_LABELS[item.status])}
                {item.status === 'confirmed' && item.pool === 'open' && props.choices ? ` (${view.t('events.organiser.openSeat')})` : ''}
              </td>
              <td>
                {item.status !== 'cancelled' && (
                  <ul class="actions">
                    {props.choices && (
                      <li>
                        <a href={view.href(`/admin/events/${props.event.id}/registrations/${item.id}/move`)}>
                          {view.t('events.organiser.move', { name: item.name })}
                        </a>
                      </li>
                    )}
                    <li>
                      <a href={view.href(`/admin/events/${props.event.id}/registrations/${item.id}/remove`)}>
                        {view.t('events.organiser.remove', { name: item.name })}
                      </a>
                    </li>
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The organiser's registrations page: seats, everyone in registration order, and adding someone. */
export function AdminRegistrationsPage(props: {
  event: Event;
  seats: SeatSummary;
  items: RegistrationItem[];
  choices: AttributeChoices | null;
  values: AddFormValues;
  errors?: FieldErrors;
}) {
  const view = useView();
  return (
    <AdminEventFrame
      event={props.event}
      section="registrations"
      title={view.t('events.organiser.title', { event: view.text(props.event.title) })}
    >
      <SeatTable seats={props.seats} attributeLabel={props.choices?.label ?? ''} />
      {props.items.length === 0 ? (
        <p>{view.t('events.organiser.empty')}</p>
      ) : (
        <>
          <RegistrationRows event={props.event} items={props.items} choices={props.choices} />
          <RegistrationDownloads eventId={props.event.id} />
        </>
      )}
      <AddForm event={props.event} choices={props.choices} values={props.values} errors={props.errors} />
    </AdminEventFrame>
  );
}

/** Moving one registration to another unit or sector, with the reason. */
export function AdminMovePage(props: {
  event: Event;
  item: RegistrationItem;
  choices: AttributeChoices;
  values: { attributeValue: string; reason: string };
  errors?: FieldErrors;
}) {
  const view = useView();
  const { item, errors } = props;
  return (
    <AdminEventFrame event={props.event} section="registrations" title={view.t('events.organiser.moveTitle', { name: item.name })}>
      <Form action={view.href(`/admin/events/${props.event.id}/registrations/${item.id}/move`)}>
        <ErrorSummary errors={errors} />
        <p>{view.t('events.organiser.moveHint')}</p>
        <SelectField
          name="attributeValue"
          label={props.choices.label}
          emptyLabel={view.t('events.organiser.noQuota')}
          value={props.values.attributeValue}
          options={props.choices.options}
          errors={errors}
          required={false}
        />
        <TextArea
          name="reason"
          label={view.t('events.organiser.reason')}
          hint={view.t('events.organiser.reasonHint')}
          value={props.values.reason}
          rows={2}
          errors={errors}
          maxLength={EVENT_LIMITS.reasonMax}
        />
        <div class="form-actions">
          <Button>{view.t('events.organiser.moveButton')}</Button>
          <a class="button button--secondary" href={view.href(`/admin/events/${props.event.id}/registrations`)}>
            {view.t('platform.admin.cancel')}
          </a>
        </div>
      </Form>
    </AdminEventFrame>
  );
}

/** Removing one registration, with the reason; the seat goes to the waitlist. */
export function AdminRemovePage(props: { event: Event; item: RegistrationItem; values: { reason: string }; errors?: FieldErrors }) {
  const view = useView();
  const { item, errors } = props;
  return (
    <AdminEventFrame event={props.event} section="registrations" title={view.t('events.organiser.removeTitle', { name: item.name })}>
      <div class="confirm">
        <p>
          <strong>{view.t('events.organiser.removeQuestion', { name: item.name, email: item.email })}</strong>
        </p>
        <p>{item.status === 'confirmed' ? view.t('events.organiser.removeConfirmed') : view.t('events.organiser.removeWaitlisted')}</p>
        <Form action={view.href(`/admin/events/${props.event.id}/registrations/${item.id}/remove`)}>
          <ErrorSummary errors={errors} />
          <TextArea
            name="reason"
            label={view.t('events.organiser.reason')}
            hint={view.t('events.organiser.reasonHint')}
            value={props.values.reason}
            rows={2}
            errors={errors}
            maxLength={EVENT_LIMITS.reasonMax}
          />
          <div class="form-actions">
            <Button variant="danger">{view.t('events.organiser.removeButton')}</Button>
            <a class="button button--secondary" href={view.href(`/admin/events/${props.event.id}/registrations`)}>
              {view.t('platform.admin.cancel')}
            </a>
          </div>
        </Form>
      </div>
    </AdminEventFrame>
  );
}
