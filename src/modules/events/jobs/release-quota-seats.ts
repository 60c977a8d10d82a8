import { type LogError, type MailContext, notifyRegistrations } from '../commands/notify-registrants.ts';
import { lockSeats } from '../commands/seat-lock.ts';

/**
 * Opens the seats left in quotas to the waitlists of events whose release
 * date has come, and mails those promoted. Locking the seats does the work
 * (and marks the event released), so a registration arriving first does
 * the same, and a second process finds nothing left to do.
 */
export async function releaseQuotaSeats(context: MailContext, now: Date, log: LogError): Promise<number> {
  const due = await context.db
    .selectFrom('events')
    .select(['id', 'organisation_id'])
    .where('quota_release_at', '<=', now.toISOString())
    .where('quotas_released_at', 'is', null)
    .execute();
  let promoted = 0;
  for (const event of due) {
    const ids = await context.db
      .transaction()
      .execute(async (trx) => (await lockSeats(trx, event.organisation_id, event.id, now))?.promoted ?? []);
    promoted += await notifyRegistrations(context, event.organisation_id, ids, 'promoted', log);
  }
  return promoted;
}
