import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { readResponseMailToken } from '../mail/response-mail-token.ts';

/**
 * Stops the response mails of one person's comments on a process's story, by the link of such a mail:
 * the token is the whole authority (a mail client's one-click POST has no session). Harmless to repeat;
 * a token that is not ours answers 410.
 */
export async function stopResponseMail(db: Db, organisationId: string, processId: string, token: string, now: Date): Promise<void> {
  const userId = await readResponseMailToken(db, token, processId, now);
  if (!userId) throw refuse.gone('story.unsubscribe.invalid');
  await db
    .updateTable('story_comments')
    .set({ notify_on_response: 0 })
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('process_id', '=', processId)
    .where('author_user_id', '=', userId)
    .execute();
}
