import { type LocalizedText, localizedLanguage } from '../../../platform/i18n/locales.ts';
import type { ViewContextValue } from '../../../platform/views/context.ts';
import type { EventAudience, EventKind, EventStatus, QuotaAttribute, RegistrationMode, RegistrationStatus } from '../tables.ts';

/** Message keys of the event kinds. */
export const KIND_LABELS: Record<EventKind, string> = {
  information: 'events.kind.information',
  workshop: 'events.kind.workshop',
  seminar: 'events.kind.seminar',
  resident_event: 'events.kind.residentEvent',
  decision_meeting: 'events.kind.decisionMeeting',
};

/** Message keys of the event statuses. */
export const STATUS_LABELS: Record<EventStatus, string> = {
  planned: 'events.status.planned',
  confirmed: 'events.status.confirmed',
  cancelled: 'events.status.cancelled',
  held: 'events.status.held',
};

/** Message keys of the audiences. */
export const AUDIENCE_LABELS: Record<EventAudience, string> = {
  public: 'events.audience.public',
  signed_in: 'events.audience.signedIn',
  staff: 'events.audience.staff',
  units: 'events.audience.units',
  bodies: 'events.audience.bodies',
};

/** Message keys of the registration modes. */
export const MODE_LABELS: Record<RegistrationMode, string> = {
  none: 'events.mode.none',
  open: 'events.mode.open',
  staff: 'events.mode.staff',
  invitation: 'events.mode.invitation',
};

/** Message keys of the quota attributes. */
export const ATTRIBUTE_LABELS: Record<QuotaAttribute, string> = {
  none: 'events.attribute.none',
  unit: 'events.attribute.unit',
  sector: 'events.attribute.sector',
};

/** Message keys of registration statuses. */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'events.registrationStatus.confirmed',
  waitlisted: 'events.registrationStatus.waitlisted',
  cancelled: 'events.registrationStatus.cancelled',
};

/** The `lang` of a text shown in a fallback language, so screen readers pronounce it right. */
export function langOf(view: ViewContextValue, text: LocalizedText | null | undefined): string | undefined {
  const language = localizedLanguage(text, view.locale);
  return language === view.locale ? undefined : language;
}
