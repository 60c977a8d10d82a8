import { newToken } from '../../../platform/db/ids.ts';
import { type LogError, type MailContext, notifyRegistrations } from '../commands/notify-registrants.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Mails the day-before reminder to everyone with a seat at an event that
 * starts within the next 24 hours. Safe to run in several app processes at
 * once: each process first claims rows with a conditional UPDATE under its
 * own random claim, and mails only the rows it claimed. Answers how many
 * reminders went out.
 */
export async function sendEventReminders(context: MailContext, now: Date, log: LogError): Promise<number> {
  const events = await context.db
    .selectFrom('events')
    .select(['id', 'organisation_id'])
    .where('status', 'in', ['planned', 'confirmed'])
    .where('starts_at', '>', now.toISOString())
    .where('starts_at', '<=', new Date(now.getTime() + DAY_MS).toISOString())
    .execute();
  let sent = 0;
  for (const event of events) {
    const claim = newToken(16);
    await context.db
      .updateTable('event_registrations')
      .set({ reminder_claim: claim })
      .where('event_id', '=', event.id)
      .where('status', '=', 'confirmed')
      .where('reminder_claim', 'is', null)
      .execute();
    const claimed = await context.db.selectFrom('event_registrations').select('id').where('reminder_claim', '=', claim).execute();
    if (claimed.length === 0) continue;
    const ids = claimed.map((row) => row.id);
    sent += await notifyRegistrations(context, event.organisation_id, ids, 'reminder', log);
    await context.db.updateTable('event_registrations').set({ reminded_at: now.toISOString() }).where('id', 'in', ids).execute();
  }
  return sent;
}
