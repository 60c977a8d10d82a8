import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { isFlagSet } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { CommentableStory } from '../comment-access.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { type CommentBlock, CommentFormPage } from '../views/comment-form-page.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

/** Why the actor cannot comment on the story now, or null. */
export function commentBlock(context: Pick<AppContext, 'authorizer'>, actor: Actor, story: CommentableStory): CommentBlock {
  if (context.authorizer.can(actor, 'story.comment.create', story.subject)) return null;
  if (story.subject.state !== 'open') return 'notOpen';
  return actor.userId ? 'notInAudience' : 'signIn';
}

/** The comment form for a paragraph of the commentable version; a key that names no paragraph of it answers 404. */
export async function renderCommentForm(
  call: Call,
  reply: FastifyReply,
  story: CommentableStory,
  blockKey: string,
  values: { passage: string; body: string; notify: boolean },
  errors?: FormState['errors'],
  status = 200,
) {
  const blocks = await listBlocks(call.context.db, call.actor.organisationId, story.version.id);
  const block = blocks.find((item) => item.key === blockKey && item.kind === 'paragraph');
  if (!block) throw refuse.notFound();
  const blocked = commentBlock(call.context, call.actor, story);
  return renderPage(
    call.context,
    call.request,
    reply,
    <CommentFormPage
      process={story.process}
      block={block}
      values={values}
      blocked={blocked}
      signedIn={call.actor.userId !== null}
      errors={errors}
    />,
    status,
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The form again with the comment as typed and what is wrong with it. */
export function commentFormAgain(
  call: LoadCall<unknown> & { subject: CommentableStory },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const values = { passage: text(state.values.passage), body: text(state.values.body), notify: isFlagSet(state.values.notify) };
  return renderCommentForm(call, reply, call.subject, text(state.values.blockKey), values, state.errors, status);
}
