import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { isFlagSet } from '../../../platform/http/validation.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleStory, type VisibleStory } from '../loaders.ts';
import type { Version } from '../model.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { listComments, listHiddenComments } from '../queries/list-comments.ts';
import { listResponses } from '../queries/list-responses.ts';
import { ResponsesPage, type ResponseValues } from '../views/responses-page.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

/** The story its editor answers: the newest version that took comments, and what the actor may do in its register. */
export interface RespondedStory extends VisibleStory {
  version: Version;
  responds: boolean;
  moderates: boolean;
}

/** A moderation form refused: which comment's form, what was typed and what is wrong. */
export interface ModerationState extends FormState {
  commentId: string;
}

/**
 * The story and the version whose comments are answered; none put out for comments answers 404. With
 * `edits`, someone who neither responds nor moderates is refused here (the page); an action's rule says 401 or 403 itself.
 */
export async function loadRespondedStory(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  actor: Actor,
  slug: string,
  edits = true,
): Promise<RespondedStory> {
  const story = await loadVisibleStory(context, actor, slug);
  const responds = context.authorizer.can(actor, 'story.comment.respond', story.process);
  const moderates = context.authorizer.can(actor, 'story.comment.moderate', story.process);
  if (edits && !responds && !moderates) throw refuse.forbidden();
  const version = [...story.versions].reverse().find((item) => item.comments !== null);
  if (!version) throw refuse.notFound();
  return { ...story, version, responds, moderates };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function postedValues(values: Record<string, unknown>): ResponseValues {
  const ids = Array.isArray(values.commentIds) ? values.commentIds.filter((id): id is string => typeof id === 'string') : [];
  const typed = (typeof values.text === 'object' && values.text !== null ? values.text : {}) as Record<string, unknown>;
  const localized: Partial<LocalizedText> = { fi: text(typed.fi), sv: text(typed.sv), en: text(typed.en) };
  return {
    commentIds: ids,
    outcome: text(values.outcome),
    text: localized,
    changedBlockKey: text(values.changedBlockKey),
    publish: isFlagSet(values.publish),
  };
}

/** The response register: as first shown, or again with the response as typed and what is wrong with it. */
export async function renderResponsesPage(
  call: Call,
  reply: FastifyReply,
  story: RespondedStory,
  form?: FormState,
  status = 200,
  moderation?: ModerationState,
) {
  const { db } = call.context;
  const organisationId = call.actor.organisationId;
  const latest = story.versions.at(-1) ?? story.version;
  const [blocks, latestBlocks, comments, hidden, responses] = await Promise.all([
    listBlocks(db, organisationId, story.version.id),
    listBlocks(db, organisationId, latest.id),
    listComments(db, organisationId, story.version.id),
    story.moderates ? listHiddenComments(db, organisationId, story.version.id) : [],
    listResponses(db, organisationId, story.version.id, true),
  ]);
  const values = form ? postedValues(form.values) : { commentIds: [], outcome: 'taken', text: {}, changedBlockKey: '', publish: true };
  return renderPage(
    call.context,
    call.request,
    reply,
    <ResponsesPage
      process={story.process}
      version={story.version}
      blocks={blocks}
      latestBlocks={latestBlocks}
      comments={comments}
      hidden={hidden}
      responses={responses}
      responds={story.responds}
      moderates={story.moderates}
      moderation={moderation && { commentId: moderation.commentId, reason: text(moderation.values.reason), errors: moderation.errors }}
      values={values}
      errors={form?.errors}
    />,
    status,
  );
}

/** The register again after a refusal. */
export function responsesFormAgain(
  call: LoadCall<unknown> & { subject: RespondedStory },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  return renderResponsesPage(call, reply, call.subject, state, status);
}
