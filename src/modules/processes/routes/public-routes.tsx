import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { cachePageUntil } from '../../../platform/http/page-cache.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext, TimelineLink } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { collectParticipation, type Viewer } from '../queries/collect-process-channels.ts';
import { describeProgress, type ProgressStatus, todayIn } from '../queries/describe-progress.ts';
import { filterTimelineByAudience, timelineFilterSchema } from '../queries/filter-timeline.ts';
import { loadVisibleProcess } from '../queries/find-visible-process.ts';
import { getProcessOverview } from '../queries/get-process-overview.ts';
import { listBodies, listBodiesWithNames } from '../queries/list-bodies.ts';
import { listTimeline } from '../queries/list-timeline.ts';
import { listVisibleProcesses } from '../queries/list-visible-processes.ts';
import { FrontPage } from '../views/front-page.tsx';
import { MyParticipationPage } from '../views/my-participation-page.tsx';
import { OrganisationPage } from '../views/organisation-page.tsx';
import { ProcessPage } from '../views/process-page.tsx';
import { TimelinePage } from '../views/timeline-page.tsx';

const UNKNOWN_AUDIENCE: FieldErrors = { audience: { key: 'processes.timeline.unknownAudience' } };

function slugOf(request: FastifyRequest): string {
  return (request.params as { slug: string }).slug;
}

function today(context: AppContext, request: FastifyRequest): string {
  return todayIn(context.clock.now(), request.organisation.timeZone);
}

function viewerOf(context: AppContext, request: FastifyRequest): Viewer {
  return { actor: request.identity.actor, locale: request.locale, now: context.clock.now(), timeZone: request.organisation.timeZone };
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Processes one can take part in now come first, then those still to come; finished ones last (each group newest first). */
const FRONT_PAGE_ORDER: Record<ProgressStatus, number> = { running: 0, not_started: 1, no_phases: 2, completed: 3 };

/** The front page: the organisation and the processes the visitor may see, running ones first. */
function showFrontPage(context: AppContext): Handler {
  return async (request, reply) => {
    const day = today(context, request);
    const processes = await listVisibleProcesses(context, request.identity.actor);
    const cards = processes
      .map((entry) => ({ ...entry, progress: describeProgress(entry.phases, day) }))
      .sort((a, b) => FRONT_PAGE_ORDER[a.progress.status] - FRONT_PAGE_ORDER[b.progress.status]);
    return renderPage(context, request, reply, <FrontPage cards={cards} />);
  };
}

/** A process's page, read with a fixed number of statements. */
function showProcessPage(context: AppContext): Handler {
  return async (request, reply) => {
    const process = await loadVisibleProcess(context, request.identity.actor, slugOf(request));
    const viewer = viewerOf(context, request);
    const overview = await getProcessOverview(context, request.organisation.id, process, viewer);
    // A channel opening or a deadline passing changes the hub with no write: the cached copy ends then.
    cachePageUntil(request, overview.hub.changesAt);
    const day = todayIn(viewer.now, request.organisation.timeZone);
    const progress = describeProgress(overview.phases, day);
    return renderPage(context, request, reply, <ProcessPage overview={overview} progress={progress} today={day} />);
  };
}

/**
 * The visitor's participation in the process (answers, registrations, notes, votes), from every
 * channel module: the signed-in account's, and what this browser did without an account (found
 * by the browser's own cookie, so no other browser sees it). Open without signing in; never cached.
 */
function showMyParticipationPage(context: AppContext): Handler {
  return async (request, reply) => {
    const user = request.identity.user;
    const process = await loadVisibleProcess(context, request.identity.actor, slugOf(request));
    const entries = await collectParticipation(context, process, { ...viewerOf(context, request), userId: user?.id ?? null, request });
    return renderPage(
      context,
      request,
      reply,
      <MyParticipationPage process={process} entries={entries} signedIn={user !== null && user !== undefined} />,
    );
  };
}

/** Every module's links for the process's timeline items, by item id. */
async function collectTimelineLinks(context: AppContext, organisationId: string, processId: string): Promise<Map<string, TimelineLink[]>> {
  const byItem = new Map<string, TimelineLink[]>();
  const answers = await Promise.all(context.timelineLinkers.map((linker) => linker(context, organisationId, processId)));
  for (const links of answers) {
    for (const [itemId, link] of links) byItem.set(itemId, [...(byItem.get(itemId) ?? []), link]);
  }
  return byItem;
}

/** The timeline, filtered by `?audience=`; a body not of this process answers 400 with the form and its error. */
function showTimelinePage(context: AppContext): Handler {
  return async (request, reply) => {
    const process = await loadVisibleProcess(context, request.identity.actor, slugOf(request));
    const [bodies, items, links] = await Promise.all([
      listBodies(context.db, request.organisation.id, process.id),
      listTimeline(context.db, request.organisation.id, process.id),
      collectTimelineLinks(context, request.organisation.id, process.id),
    ]);
    const query = check(timelineFilterSchema, request.query);
    const filtered = query.ok ? filterTimelineByAudience(items, bodies, query.data.audience) : { ok: false as const };
    if (!filtered.ok) {
      const content = <TimelinePage process={process} bodies={bodies} items={[]} audienceId={null} errors={UNKNOWN_AUDIENCE} />;
      return renderPage(context, request, reply, content, 400);
    }
    const content = (
      <TimelinePage process={process} bodies={bodies} items={filtered.items} audienceId={filtered.audienceId} links={links} />
    );
    return renderPage(context, request, reply, content);
  };
}

/** The organisation chart with members and sectors. */
function showOrganisationPage(context: AppContext): Handler {
  return async (request, reply) => {
    const process = await loadVisibleProcess(context, request.identity.actor, slugOf(request));
    const bodies = await listBodiesWithNames(context, request.organisation.id, process.id);
    return renderPage(context, request, reply, <OrganisationPage process={process} bodies={bodies} />);
  };
}

// Anonymous visitors get these from the render cache: they show processes, phases, bodies,
// the timeline, news and the channel modules' channels (surveys, events, statements channels,
// workshops), whose every change moves the page version on, and today's date; the process page
// also ends its cached copy at the next instant a channel opens or closes (cachePageUntil).
const CACHED = { config: { pageCache: true } };

/** The public site of processes: the front page, a process's page, its timeline and its organisation chart. */
export function registerProcessPublicRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/', showFrontPage(context), CACHED);
  page(app, 'GET', '/processes/:slug', showProcessPage(context), CACHED);
  page(app, 'GET', '/processes/:slug/timeline', showTimelinePage(context), CACHED);
  page(app, 'GET', '/processes/:slug/organisation', showOrganisationPage(context), CACHED);
  page(app, 'GET', '/processes/:slug/my-participation', showMyParticipationPage(context));
}
