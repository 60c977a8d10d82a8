import { inOrganisation } from '../../platform/db/scope.ts';
import type { PersonalDataHandlers } from '../../platform/personal-data.ts';

/**
 * What the story keeps about a person: the comments the account wrote. On erasure the comments
 * stay as the comment period's anonymous feedback (the foreign key sets the author to null, as
 * a survey answer stays without its account); nothing else names the person.
 */
export const storyPersonalData: PersonalDataHandlers = {
  export: async (context, subject) => {
    const comments = await context.db
      .selectFrom('story_comments')
      .select(['process_id', 'block_key', 'passage', 'body', 'language', 'status', 'notify_on_response', 'created_at'])
      .$call(inOrganisation(subject.organisationId, 'story_comments'))
      .where('author_user_id', '=', subject.userId)
      .orderBy('created_at')
      .execute();
    return {
      comments: comments.map((comment) => ({
        processId: comment.process_id,
        paragraph: comment.block_key,
        passage: comment.passage,
        text: comment.body,
        language: comment.language,
        status: comment.status,
        mailWhenAnswered: comment.notify_on_response === 1,
        writtenAt: comment.created_at,
      })),
    };
  },
};
