import type { FastifyRequest } from 'fastify';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { isLocale, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { Process } from '../../processes/index.ts';
import { OUTCOME_KEYS } from '../views/response-view.tsx';
import { responseMailToken } from './response-mail-token.ts';

type MailContext = Pick<AppContext, 'db' | 'config' | 'translator' | 'mailer' | 'accountLookups' | 'clock'>;

/** The origin of links in mail: PUBLIC_URL when set (a forged Host must not decide), else the request's own. */
function originOf(context: Pick<AppContext, 'config'>, request: FastifyRequest): string {
  return (context.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

/**
 * After a published response commits: each commenter who asked for it (an account, `notify_on_response`)
 * gets one e-mail per answered comment, in the account's language, with the response's outcome, a link
 * to the comment on the story and a one-click link (RFC 8058) that stops these mails for this story.
 * A deactivated account gets nothing; a failed send is logged, the response stays.
 */
export async function mailAnsweredCommenters(
  context: MailContext,
  request: FastifyRequest,
  process: Process,
  responseId: string,
): Promise<void> {
  const organisationId = request.organisation.id;
  const response = await context.db
    .selectFrom('story_responses')
    .select(['outcome', 'published_at'])
    .$call(inOrganisation(organisationId, 'story_responses'))
    .where('id', '=', responseId)
    .executeTakeFirst();
  if (!response?.published_at) return;
  const comments = await context.db
    .selectFrom('story_comments')
    .select(['id', 'block_key', 'body', 'author_user_id'])
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('response_id', '=', responseId)
    .where('notify_on_response', '=', 1)
    .where('status', '=', 'published')
    .where('author_user_id', 'is not', null)
    .execute();
  if (comments.length === 0) return;
  const accounts = await context.accountLookups.listByIds(
    context.db,
    organisationId,
    comments.map((comment) => comment.author_user_id ?? ''),
  );
  const origin = originOf(context, request);
  for (const comment of comments) {
    const account = accounts.get(comment.author_user_id ?? '');
    if (!account || account.deactivated) continue;
    const locale = isLocale(account.locale) ? account.locale : 'fi';
    const token = await responseMailToken(context.db, account.id, process.id, context.clock.now());
    const unsubscribe = `${origin}/${locale}/processes/${process.slug}/story/unsubscribe/${token}`;
    const values = {
      process: localize(process.title, locale),
      outcome: context.translator.t(locale, OUTCOME_KEYS[response.outcome]),
      comment: comment.body.length > 300 ? `${comment.body.slice(0, 300)}…` : comment.body,
      link: `${origin}/${locale}/processes/${process.slug}/story#story-${comment.block_key}`,
      unsubscribe,
    };
    try {
      await context.mailer.send({
        to: account.email,
        subject: context.translator.t(locale, 'story.responseMail.subject', values),
        text: context.translator.t(locale, 'story.responseMail.text', values),
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    } catch (error) {
      request.log.error({ err: error }, 'a story comment’s response could not be mailed');
    }
  }
}
