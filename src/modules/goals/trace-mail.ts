import { isLocale, type Locale, localize } from '../../platform/i18n/locales.ts';
import type { AppContext } from '../../platform/module.ts';
import type { Process } from '../processes/index.ts';
import type { Goal } from './model.ts';
import { listGoalVoices } from './queries/list-goal-voices.ts';
import type { MailSetting } from './report-mail.ts';
import { listTraceMailRefusers } from './trace-mail-preferences.ts';

type MailContext = Pick<AppContext, 'db' | 'translator' | 'mailer' | 'accountLookups'>;

/** One trace mail's message key (`goals.traceMail.<kind>.subject|text`) and its values in a reader's language. */
export interface TraceNotice {
  kind: 'reached' | 'status';
  values: (locale: Locale) => Record<string, string>;
}

/**
 * Mails a trace notice to each of these accounts that has not turned trace mail off (and is not deactivated), in
 * their own language, with the link where they turn it off. A mail that fails is logged; the rest still go.
 */
export async function mailTraceNotice(context: MailContext, setting: MailSetting, userIds: ReadonlySet<string>, notice: TraceNotice) {
  if (userIds.size === 0) return;
  const refusing = await listTraceMailRefusers(context.db, setting.organisationId, [...userIds]);
  const accounts = await context.accountLookups.listByIds(
    context.db,
    setting.organisationId,
    [...userIds].filter((id) => !refusing.has(id)),
  );
  for (const account of accounts.values()) {
    if (account.deactivated) continue;
    const locale = isLocale(account.locale) ? account.locale : 'fi';
    const values = { ...notice.values(locale), settings: `${setting.origin}/${locale}/goals/mine#trace-mail` };
    try {
      await context.mailer.send({
        to: account.email,
        subject: context.translator.t(locale, `goals.traceMail.${notice.kind}.subject`, values),
        text: context.translator.t(locale, `goals.traceMail.${notice.kind}.text`, values),
      });
    } catch (error) {
      setting.log(error, 'a trace mail could not be sent');
    }
  }
}

/** After a goal's themes changed: mails the people its trace reaches now and did not reach `before`. */
export async function mailGoalReached(
  context: MailContext,
  setting: MailSetting,
  subject: { goal: Pick<Goal, 'id' | 'title'>; process: Pick<Process, 'slug' | 'title'> },
  before: ReadonlySet<string>,
): Promise<void> {
  const now = await listGoalVoices(context.db, setting.organisationId, subject.goal.id);
  const reached = new Set([...now].filter((id) => !before.has(id)));
  await mailTraceNotice(context, setting, reached, {
    kind: 'reached',
    values: (locale) => ({
      goal: localize(subject.goal.title, locale),
      process: localize(subject.process.title, locale),
      link: `${setting.origin}/${locale}/processes/${subject.process.slug}/goals/${subject.goal.id}/trace`,
    }),
  });
}
