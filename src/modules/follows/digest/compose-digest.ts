import type { Happening } from '../../../platform/follow/happenings.ts';
import { type Locale, type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { Translator } from '../../../platform/i18n/translator.ts';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import { manageUrl, unsubscribeHeaders, unsubscribeUrl } from '../links.ts';

/** The line of one happening, in the follower's language. */
function describe(translator: Translator, locale: Locale, happening: Happening): string {
  const title = localize(happening.title, locale);
  switch (happening.kind) {
    case 'channel-opened':
      return translator.t(locale, 'follows.digest.channelOpened', { title });
    case 'deadline-near':
      return translator.t(locale, 'follows.digest.deadlineNear', {
        title,
        deadline: translator.formatDate(locale, happening.deadline ?? happening.at, { dateStyle: 'long', timeStyle: 'short' }),
      });
    case 'results-published':
      return translator.t(locale, 'follows.digest.resultsPublished', { title });
    case 'news-posted':
      return translator.t(locale, 'follows.digest.newsPosted', { title });
  }
}

/** A digest mail: what happened in the process, each with its link, then how to stop or manage it. */
export function composeDigest(options: {
  translator: Translator;
  locale: Locale;
  to: string;
  origin: string;
  process: { title: LocalizedText };
  happenings: Happening[];
  token: string;
}): MailMessage {
  const { translator, locale, origin, token } = options;
  const process = localize(options.process.title, locale);
  const lines = options.happenings.map(
    (happening) => `- ${describe(translator, locale, happening)}\n  ${origin}/${locale}${happening.path}`,
  );
  const stop = unsubscribeUrl(origin, locale, token);
  const text = [
    translator.t(locale, 'follows.digest.intro', { process }),
    '',
    ...lines,
    '',
    '--',
    `${translator.t(locale, 'follows.mail.manage')} ${manageUrl(origin, locale, token)}`,
    `${translator.t(locale, 'follows.mail.unsubscribe')} ${stop}`,
  ].join('\n');
  return { to: options.to, subject: translator.t(locale, 'follows.digest.subject', { process }), text, headers: unsubscribeHeaders(stop) };
}
