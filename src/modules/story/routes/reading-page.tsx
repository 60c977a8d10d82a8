import type { FastifyReply } from 'fastify';
import type { LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { cachePageUntil } from '../../../platform/http/page-cache.ts';
import { canPrintPdf } from '../../../platform/pdf/print-pdf.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { commentSubject } from '../comment-access.ts';
import { loadVisibleStory, type VisibleStory } from '../loaders.ts';
import type { Version } from '../model.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { COMMENTS_PER_PAGE, listCommentPages } from '../queries/list-comment-pages.ts';
import type { StoryComment } from '../queries/list-comments.ts';
import { listResponsesByIds } from '../queries/list-responses.ts';
import { listSeminarLinks } from '../queries/list-seminar-links.ts';
import { listNamedDecisions } from '../queries/named-decisions.ts';
import { ParagraphComments } from '../views/paragraph-comments.tsx';
import { RemovedComments } from '../views/removed-comments.tsx';
import { ResponseView } from '../views/response-view.tsx';
import { SeminarNote } from '../views/seminar-note.tsx';
import { StoryPage } from '../views/story-page.tsx';
import { StoryStatus } from '../views/story-status.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

/** The reading page's query: one paragraph's comments shown to a later page of them (`?paragraph=…&page=…`). */
export interface ReadingQuery {
  paragraph?: string | undefined;
  page?: number | undefined;
}

/** The next instant the version's comment period opens or closes by the clock alone, if any. */
function nextInstant(now: Date, version: Version): string | null {
  const at = now.toISOString();
  const times = [version.comments?.opensAt, version.comments?.closesAt].filter((time): time is string => !!time && time > at);
  return times.sort()[0] ?? null;
}

/** The shown version's blocks and the comments shown with them: a page of each paragraph's, and their responses. */
async function loadComments(call: Call, story: VisibleStory, version: Version, query: ReadingQuery) {
  const { context, actor } = call;
  const blocks = await listBlocks(context.db, actor.organisationId, version.id);
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.key);
  // A paragraph the shown version does not have cannot be paged: as an unknown page, 404.
  if (query.paragraph !== undefined && !paragraphs.includes(query.paragraph)) throw refuse.notFound();
  const expanded = query.paragraph ? { key: query.paragraph, shown: (query.page ?? 1) * COMMENTS_PER_PAGE } : undefined;
  const pages = await listCommentPages(context.db, actor.organisationId, { version, versions: story.versions, paragraphs, expanded });
  const shown = [...pages.byBlock.values(), pages.removed].flat();
  const responses = await listResponsesByIds(
    context.db,
    actor.organisationId,
    story.versions.map((item) => item.id),
    shown.flatMap((comment) => (comment.responseId ? [comment.responseId] : [])),
  );
  return { blocks, paragraphs, pages, responses };
}

/**
 * The story to read: the newest version the actor may read, its status (decision, comment period) and, beside
 * each paragraph, its comments and the button that comments on it while the period is open.
 */
export async function renderReadingPage(call: Call, reply: FastifyReply, slug: string, query: ReadingQuery = {}) {
  const { context, actor } = call;
  const story = await loadVisibleStory(context, actor, slug);
  const version = story.versions.at(-1) ?? null;
  if (!version) {
    return renderPage(context, call.request, reply, <StoryPage process={story.process} version={null} blocks={[]} edits={story.edits} />);
  }
  const [{ blocks, paragraphs, pages, responses }, subject, decisions, seminars] = await Promise.all([
    loadComments(call, story, version, query),
    commentSubject(context, actor, version),
    listNamedDecisions(context.db, actor.organisationId, story.process.id, call.request.locale),
    listSeminarLinks(context.db, actor.organisationId, story.process.id, version.id),
  ]);
  const responseOf = (comment: StoryComment) => {
    const response = comment.responseId ? responses.get(comment.responseId) : undefined;
    return response ? <ResponseView response={response} slug={story.process.slug} /> : null;
  };
  // The button shows while the period is open; the form says who may comment (sign in, audience).
  const open = subject.state === 'open';
  if (version.status !== 'decided') cachePageUntil(call.request, nextInstant(context.clock.now(), version));
  const numbers = new Map(paragraphs.map((key, index) => [key, index + 1]));
  return renderPage(
    context,
    call.request,
    reply,
    <StoryPage
      process={story.process}
      version={version}
      blocks={blocks}
      edits={story.edits}
      status={
        <StoryStatus
          version={version}
          state={subject.state}
          comments={pages.own.comments}
          answered={pages.own.answered}
          register={story.edits && version.comments !== null ? `/processes/${story.process.slug}/story/responses` : null}
          decision={decisions.get(version.id)}
        />
      }
      after={(block) => (
        <>
          <SeminarNote outcomes={seminars.byBlock.get(block.key) ?? []} />
          <ParagraphComments
            slug={story.process.slug}
            block={block}
            number={numbers.get(block.key) ?? 0}
            comments={pages.byBlock.get(block.key) ?? []}
            total={pages.counts.get(block.key) ?? 0}
            more={`/processes/${story.process.slug}/story`}
            versionNumber={version.number}
            open={open}
            responses={responseOf}
          />
        </>
      )}
      end={<RemovedComments slug={story.process.slug} comments={pages.removed} responses={responseOf} />}
      pdf={await canPrintPdf()}
      script={open ? '/assets/story/passage.js' : undefined}
    />,
  );
}
