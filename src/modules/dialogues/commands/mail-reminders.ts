import { isLocale, type Locale, localize } from '../../../platform/i18n/locales.ts';
import { dateTimeFormat } from '../../../platform/i18n/translator.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { UnitLead } from '../../accounts/index.ts';
import type { Round } from '../model.ts';
import type { RoundCommunity } from '../queries/round-communities.ts';
import type { ClaimedReminder } from './claim-reminders.ts';

type LogError = (error: unknown, message: string) => void;

/** Each lead once, with every claimed community they are reminded of (a unit's manager may lead several). */
function byLead(claimed: readonly ClaimedReminder[]): Array<{ lead: UnitLead; communities: RoundCommunity[] }> {
  const grouped = new Map<string, { lead: UnitLead; communities: RoundCommunity[] }>();
  for (const { community, leads } of claimed) {
    for (const lead of leads) {
      const entry = grouped.get(lead.id) ?? { lead, communities: [] };
      entry.communities.push(community);
      grouped.set(lead.id, entry);
    }
  }
  return [...grouped.values()];
}

/**
 * Mails the claimed reminders: one mail to each lead, in their own language, listing their
 * overdue work communities (or, for `deadline`, those not yet held as the due date nears) with a link to each one's record form. A mail that cannot be sent
 * is logged and the others still go. Answers how many mails went out.
 */
export async function mailReminders(
  context: Pick<AppContext, 'mailer' | 'translator'>,
  round: Round,
  claimed: readonly ClaimedReminder[],
  origin: string,
  log: LogError,
  kind: 'overdue' | 'deadline' = 'overdue',
): Promise<number> {
  const [subjectKey, textKey] =
    kind === 'overdue'
      ? ['dialogues.reminders.mailSubject', 'dialogues.reminders.mailText']
      : ['dialogues.reminders.deadlineSubject', 'dialogues.reminders.deadlineText'];
  let sent = 0;
  for (const { lead, communities } of byLead(claimed)) {
    const locale: Locale = isLocale(lead.locale) ? lead.locale : 'fi';
    const values = {
      name: lead.displayName,
      round: localize(round.title, locale),
      due: dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${round.dueOn}T00:00:00Z`)),
      communities: communities
        .map((community) => `– ${localize(community.name, locale)}: ${origin}/${locale}/dialogues/${round.id}/communities/${community.id}`)
        .join('\n'),
    };
    try {
      await context.mailer.send({
        to: lead.email,
        subject: context.translator.t(locale, subjectKey, values),
        text: context.translator.t(locale, textKey, values),
      });
      sent += 1;
    } catch (error) {
      log(error, 'a dialogue reminder could not be mailed');
    }
  }
  return sent;
}
