import type { FastifyRequest } from 'fastify';
import { isLocale, localize } from '../../platform/i18n/locales.ts';
import type { AppContext } from '../../platform/module.ts';
import type { Process } from '../processes/index.ts';
import type { IssuedLink } from './commands/open-round.ts';
import type { Round } from './model.ts';

/** Where the mail's links point and where a failed mail is logged: a request's, or a job's. */
export interface MailSetting {
  origin: string;
  organisationId: string;
  log: (error: unknown, message: string) => void;
}

/** The mail setting of a request: PUBLIC_URL when set, else the request's own origin. */
export function requestMailSetting(context: Pick<AppContext, 'config'>, request: FastifyRequest): MailSetting {
  return {
    origin: (context.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, ''),
    organisationId: request.organisation.id,
    log: (error, message) => request.log.error({ err: error }, message),
  };
}

/** The invitation when a round opens; the reminder before its due day to those who have not reported. */
export type ReportMailKind = 'reportMail' | 'reminderMail';

/**
 * Mails each reporter their link, in their own language: which round, how many indicators, the
 * due day and until when the link works. A deactivated account gets no mail; a mail that fails is
 * logged, and the round stays open (the coordinator can open it again to send new links).
 */
export async function mailReportLinks(
  context: Pick<AppContext, 'db' | 'translator' | 'mailer' | 'accountLookups'>,
  setting: MailSetting,
  subject: { round: Round; process: Pick<Process, 'title'> },
  links: readonly IssuedLink[],
  kind: ReportMailKind = 'reportMail',
): Promise<void> {
  const accounts = await context.accountLookups.listByIds(
    context.db,
    setting.organisationId,
    links.map((link) => link.userId),
  );
  for (const link of links) {
    const account = accounts.get(link.userId);
    if (!account || account.deactivated) continue;
    const locale = isLocale(account.locale) ? account.locale : 'fi';
    const values = {
      round: localize(subject.round.name, locale),
      process: localize(subject.process.title, locale),
      count: link.indicators,
      due: subject.round.dueOn,
      expires: link.expiresAt.slice(0, 10),
      link: `${setting.origin}/${locale}/goals/report/${link.token}`,
    };
    try {
      await context.mailer.send({
        to: account.email,
        subject: context.translator.t(locale, `goals.${kind}.subject`, values),
        text: context.translator.t(locale, `goals.${kind}.text`, values),
      });
    } catch (error) {
      setting.log(error, 'a reporting round’s link could not be mailed');
    }
  }
}
