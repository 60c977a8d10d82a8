import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { cachePageUntil, readPageVersion } from '../../../platform/http/page-cache.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext, TimelineLink } from '../../../platform/module.ts';
import type { ViewContextValue } from '../../../platform/views/context.ts';
import {
  dayInZone,
  FragmentCache,
  organisationFingerprint,
  renderFragment,
  sendPageAround,
  viewerFingerprint,
} from '../../../platform/views/fragment-cache.tsx';
import { renderPage, viewContextOf } from '../../../platform/views/render.tsx';
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
import { ProcessPageContent, ProcessPageFrame } from '../views/process-page.tsx';
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

/** What the frame of a process page needs of its cached content. */
interface ProcessPageMeta {
  /** The process's title in the page's language. */
  title: string;
  /** The next instant a channel opens or closes by the clock (the content expires then), or null. */
  changesAt: string | null;
}

/**
 * The content of a process's page for this viewer, read with a fixed number of statements and
 * rendered under the shared view (nothing of the session in it). Throws 404 like every door to a process.
 */
async function renderProcessContent(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  at: { slug: string; now: Date; day: string },
) {
  const { slug, now, day } = at;
  const process = await loadVisibleProcess(context, request.identity.actor, slug);
  // The same instant as the key's day and the expiry check, so the content is of the day it is stored for.
  const overview = await getProcessOverview(context, request.organisation.id, process, { ...viewerOf(context, request), now });
  const progress = describeProgress(overview.phases, day);
  const view = viewContextOf(request, reply, context, context.adminLinks);
  const html = renderFragment(view, <ProcessPageContent overview={overview} progress={progress} today={day} />);
  return { view, fragment: { html, meta: { title: view.text(process.title), changesAt: overview.hub.changesAt } } };
}

/**
 * A process's page. Its content comes from the fragment cache when this viewer (anonymous, or the
 * person with their grants: all the page's permission rules read) already saw it in this page
 * version, language and day, before any channel changes by the clock; the frame around it
 * (header, account links, flash message, CSRF token) is rendered for each request. A hit reads
 * one statement, the page version; a miss reads the page with a fixed number of statements.
 */
function showProcessPage(context: AppContext): Handler {
  const fragments = new FragmentCache<ProcessPageMeta>();
  return async (request, reply) => {
    const { organisation } = request;
    const slug = slugOf(request);
    const now = context.clock.now();
    const day = dayInZone(now, organisation.timeZone);
    const key = [
      organisation.id,
      organisationFingerprint(organisation),
      slug,
      request.locale,
      day,
      viewerFingerprint(request.identity.actor),
    ].join('\n');
    // Read before the content, so a change committed meanwhile leaves the stored copy one version behind, never ahead.
    const version = await readPageVersion(context.db, organisation.id);
    let fragment = fragments.get(key, version, now.getTime());
    let view: ViewContextValue;
    if (fragment) {
      view = viewContextOf(request, reply, context, context.adminLinks);
    } else {
      ({ view, fragment } = await renderProcessContent(context, request, reply, { slug, now, day }));
      const expiresAt = fragment.meta.changesAt ? Date.parse(fragment.meta.changesAt) : null;
      // An instant that does not parse could never end the copy: such content is not kept.
      if (expiresAt === null || !Number.isNaN(expiresAt)) fragments.set(key, version, fragment, expiresAt);
    }
    // A channel opening or a deadline passing changes the hub with no write: the cached anonymous page ends then too.
    cachePageUntil(request, fragment.meta.changesAt);
    const { title } = fragment.meta;
    return sendPageAround(
      reply,
      view,
      (slot) => (
        <ProcessPageFrame title={title} slug={slug}>
          {slot}
        </ProcessPageFrame>
      ),
      fragment.html,
    );
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
