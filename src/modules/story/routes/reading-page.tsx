import type { FastifyReply } from 'fastify';
import type { LoadCall } from '../../../platform/actions/action.ts';
import { cachePageUntil } from '../../../platform/http/page-cache.ts';
import { canPrintPdf } from '../../../platform/pdf/print-pdf.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { carryComments } from '../carry-over.ts';
import { commentSubject } from '../comment-access.ts';
import { loadVisibleStory } from '../loaders.ts';
import type { Version } from '../model.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { listCommentsOfVersions, type StoryComment } from '../queries/list-comments.ts';
import { listResponses } from '../queries/list-responses.ts';
import { listSeminarLinks } from '../queries/list-seminar-links.ts';
import { listNamedDecisions } from '../queries/named-decisions.ts';
import { ParagraphComments } from '../views/paragraph-comments.tsx';
import { RemovedComments } from '../views/removed-comments.tsx';
import { ResponseView } from '../views/response-view.tsx';
import { SeminarNote } from '../views/seminar-note.tsx';
import { StoryPage } from '../views/story-page.tsx';
import { StoryStatus } from '../views/story-status.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

/** The next instant the version's comment period opens or closes by the clock alone, if any. */
function nextInstant(now: Date, version: Version): string | null {
  const at = now.toISOString();
  const times = [version.comments?.opensAt, version.comments?.closesAt].filter((time): time is string => !!time && time > at);
  return times.sort()[0] ?? null;
}

/**
 * The story to read: the newest version the actor may read, its status (decision, comment period) and, beside
 * each paragraph, its comments and the button that comments on it while the period is open.
 */
export async function renderReadingPage(call: Call, reply: FastifyReply, slug: string) {
  const { context, actor } = call;
  const story = await loadVisibleStory(context, actor, slug);
  const version = story.versions.at(-1) ?? null;
  if (!version) {
    return renderPage(context, call.request, reply, <StoryPage process={story.process} version={null} blocks={[]} edits={story.edits} />);
  }
  const versionIds = story.versions.map((item) => item.id);
  const [blocks, everyComment, subject, responses, decisions, seminars] = await Promise.all([
    listBlocks(context.db, actor.organisationId, version.id),
    listCommentsOfVersions(context.db, actor.organisationId, versionIds),
    commentSubject(context, actor, version),
    listResponses(context.db, actor.organisationId, versionIds, false),
    listNamedDecisions(context.db, actor.organisationId, story.process.id, call.request.locale),
    listSeminarLinks(context.db, actor.organisationId, story.process.id, version.id),
  ]);
  // The status counts this version's own comment period; earlier versions' comments are carried over beside it.
  const comments = everyComment.filter((comment) => comment.versionId === version.id);
  const carried = carryComments(everyComment, version, blocks, story.versions);
  const answered = comments.filter((comment) => comment.responseId !== null && responses.has(comment.responseId)).length;
  const responseOf = (comment: StoryComment) => {
    const response = comment.responseId ? responses.get(comment.responseId) : undefined;
    return response ? <ResponseView response={response} slug={story.process.slug} /> : null;
  };
  // The button shows while the period is open; the form says who may comment (sign in, audience).
  const open = subject.state === 'open';
  if (version.status !== 'decided') cachePageUntil(call.request, nextInstant(context.clock.now(), version));
  const numbers = new Map(blocks.filter((block) => block.kind === 'paragraph').map((block, index) => [block.key, index + 1]));
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
          comments={comments.length}
          answered={answered}
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
            comments={carried.byBlock.get(block.key) ?? []}
            versionNumber={version.number}
            open={open}
            responses={responseOf}
          />
        </>
      )}
      end={<RemovedComments slug={story.process.slug} comments={carried.removed} responses={responseOf} />}
      pdf={await canPrintPdf()}
      script={open ? '/assets/story/passage.js' : undefined}
    />,
  );
}
