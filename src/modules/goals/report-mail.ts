import type { FastifyRequest } from 'fastify';
import { isLocale, localize } from '../../platform/i18n/locales.ts';
import type { AppContext } from '../../platform/module.ts';
import type { Process } from '../processes/index.ts';
import type { IssuedLink } from './commands/open-round.ts';
import type { Round } from './model.ts';

/** The origin of links in mail: PUBLIC_URL when set, else the request's own. */
function originOf(context: Pick<AppContext, 'config'>, request: FastifyRequest): string {
  return (context.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

/**
 * Mails each reporter their link, in their own language: which round, how many indicators, the
 * due day and until when the link works. A deactivated account gets no mail; a mail that fails is
 * logged, and the round stays open (the coordinator can open it again to send new links).
 */
export async function mailReportLinks(
  context: Pick<AppContext, 'db' | 'config' | 'translator' | 'mailer' | 'accountLookups'>,
  request: FastifyRequest,
  subject: { round: Round; process: Process },
  links: readonly IssuedLink[],
): Promise<void> {
  const organisationId = request.organisation.id;
  const accounts = await context.accountLookups.listByIds(
    context.db,
    organisationId,
    links.map((link) => link.userId),
  );
  const origin = originOf(context, request);
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
      link: `${origin}/${locale}/goals/report/${link.token}`,
    };
    try {
      await context.mailer.send({
        to: account.email,
        subject: context.translator.t(locale, 'goals.reportMail.subject', values),
        text: context.translator.t(locale, 'goals.reportMail.text', values),
      });
    } catch (error) {
      request.log.error({ err: error }, 'a reporting round’s link could not be mailed');
    }
  }
}
