import type { FastifyReply } from 'fastify';
import { defineAction, type FormState, type LoadCall } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { linkSeminarOutcome } from '../commands/link-seminar-outcome.ts';
import { loadVisibleVersion } from '../loaders.ts';
import { listSeminarLinks } from '../queries/list-seminar-links.ts';
import { seminarLinkInputSchema, versionParamsSchema } from '../schemas.ts';
import { SeminarLinksPage } from '../views/seminar-links-page.tsx';

type Loaded = Awaited<ReturnType<typeof loadVisibleVersion>>;

/** A version its editor links seminar outcomes to: others are refused (403), an unknown number 404. */
export async function loadLinkedVersion(context: Pick<AppContext, 'db' | 'authorizer'>, actor: Actor, slug: string, number: number) {
  const loaded = await loadVisibleVersion(context, actor, slug, number);
  if (!loaded.edits) throw refuse.forbidden();
  return loaded;
}

const asStrings = (value: unknown) => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** The page: the links so far and the form, as first shown or again with what was chosen and what is wrong. */
export async function renderSeminarLinks(
  call: Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>,
  reply: FastifyReply,
  loaded: Loaded,
  form?: FormState,
  status = 200,
) {
  const links = await listSeminarLinks(call.context.db, call.actor.organisationId, loaded.process.id, loaded.version.id);
  const values = form
    ? { outcomeId: asStrings(form.values.outcomeId)[0] ?? '', blockKeys: asStrings(form.values.blockKeys) }
    : { outcomeId: '', blockKeys: [] };
  return renderPage(
    call.context,
    call.request,
    reply,
    <SeminarLinksPage {...loaded} {...links} values={values} errors={form?.errors} />,
    status,
  );
}

/** A council or board seminar's outcome item linked to the paragraphs of a version it shaped: the page's form or the API. */
export const linkSeminarOutcomeAction = defineAction({
  name: 'story.seminar.link',
  summary: 'Link a seminar’s agreed outcome item to the paragraphs of a story version it shaped',
  tag: 'story',
  params: versionParamsSchema,
  input: seminarLinkInputSchema,
  load: ({ context, actor, params }) => loadVisibleVersion(context, actor, params.slug, params.number),
  authorize: { permission: 'story.story.edit', resource: ({ subject }) => subject.process },
  rateLimit: { max: 60, timeWindow: '1 minute' },
  run: async ({ context, actor, subject, input, now }) => {
    const links = await listSeminarLinks(context.db, actor.organisationId, subject.process.id, subject.version.id);
    const known = {
      outcomeIds: new Set(links.outcomes.map((outcome) => outcome.id)),
      paragraphKeys: new Set(subject.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.key)),
    };
    return linkSeminarOutcome(context.db, actor, subject.version, known, input, now);
  },
  // The story page (render cache) shows the seminar under the paragraph.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  api: { method: 'POST', url: '/processes/:slug/story/versions/:number/seminars', access: 'signed-in', status: 204, errors: [409] },
  page: {
    url: '/processes/:slug/story/versions/:number/seminars',
    form: (call, reply, state, status) => renderSeminarLinks(call, reply, call.subject, state, status),
    refusalField: 'outcomeId',
    done: ({ params }) => ({ to: `/processes/${params.slug}/story/versions/${params.number}/seminars`, flash: 'story.seminars.saved' }),
  },
});
