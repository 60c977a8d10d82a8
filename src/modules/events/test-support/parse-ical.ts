import ICAL from 'ical.js';

/** One VEVENT as a real iCalendar parser reads it. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  status: string | null;
  start: string;
  end: string;
  location: string | null;
}

/** Parses an iCalendar document with ical.js (throws on a malformed one): its METHOD and every VEVENT. */
export function parseCalendar(text: string): { method: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      location: event.location ?? null,
    };
  });
  return { method: (calendar.getFirstPropertyValue('method') as string | null) ?? null, events };
}
