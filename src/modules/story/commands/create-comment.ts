import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { recordContribution } from '../../contributions/index.ts';
import { commentState, toVersion } from '../model.ts';
import type { CommentInput } from '../schemas.ts';

/** Who wrote a comment: an account, or a browser's pseudonym in this story. */
export type Commenter = { userId: string } | { pseudonym: string };

/** A comment as the command takes it: on which version, by whom, in which language. */
export interface NewComment {
  organisationId: string;
  versionId: string;
  language: string;
  commenter: Commenter;
  input: CommentInput;
}

/** Markdown's marks and runs of spaces do not count when a passage is looked for in its paragraph. */
const plain = (text: string) =>
  text
    .replace(/[*_`>#[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();

/**
 * Writes a comment on a paragraph of a version that takes comments now, and records it as a
 * contribution (channel `comment`) in the same transaction. A passage must be a part of the
 * paragraph's text in one of its languages. Answers the comment's id.
 */
export async function createComment(db: Db, comment: NewComment, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('story_versions')
      .selectAll()
      .$call(inOrganisation(comment.organisationId, 'story_versions'))
      .where('id', '=', comment.versionId)
      .executeTakeFirst();
    if (!row) throw refuse.notFound();
    const version = toVersion(row);
    if (version.status === 'decided') throw refuse.conflict('story.version.frozen');
    if (commentState(version, now) !== 'open') throw refuse.conflict('story.comment.closed');
    const block = await trx
      .selectFrom('story_blocks')
      .select(['kind', 'text'])
      .where('version_id', '=', version.id)
      .where('block_key', '=', comment.input.blockKey)
      .executeTakeFirst();
    if (block?.kind !== 'paragraph') throw refuse.invalid({ blockKey: { key: 'story.validation.paragraph' } });
    const texts = Object.values(JSON.parse(block.text) as LocalizedText).filter((text): text is string => typeof text === 'string');
    const passage = comment.input.passage;
    if (passage && !texts.some((text) => plain(text).includes(plain(passage)))) {
      throw refuse.invalid({ passage: { key: 'story.validation.passage' } });
    }
    const userId = 'userId' in comment.commenter ? comment.commenter.userId : null;
    const participantKey = 'pseudonym' in comment.commenter ? comment.commenter.pseudonym : null;
    await trx
      .insertInto('story_comments')
      .values({
        id,
        organisation_id: comment.organisationId,
        process_id: version.processId,
        version_id: version.id,
        block_key: comment.input.blockKey,
        passage,
        body: comment.input.body,
        language: comment.language,
        author_user_id: userId,
        participant_key: participantKey,
        status: 'published',
        response_id: null,
        // Only an account has an address to write to.
        notify_on_response: userId !== null && comment.input.notify ? 1 : 0,
        created_at: now.toISOString(),
      })
      .execute();
    await recordContribution(
      trx,
      {
        organisationId: comment.organisationId,
        processId: version.processId,
        channel: 'comment',
        sourceType: 'story_comment',
        sourceId: id,
        authorUserId: userId,
        participantKey,
        language: comment.language,
        text: comment.input.body,
        metadata: { versionNumber: version.number, blockKey: comment.input.blockKey, passage },
      },
      now,
    );
  });
  return id;
}
