import { type Expression, type SqlBool, sql } from 'kysely';
import { parseJsonColumn } from '../db/json.ts';
import type { LocalizedText } from '../i18n/locales.ts';
import type { AppContext } from '../module.ts';
import type { Audience } from '../participation/audience.ts';

/**
 * What can happen in a process that a follower is told about: a channel (survey, event
 * registration, statements channel, workshop) opens, its deadline nears, its results are
 * published, or news is posted.
 */
export type HappeningKind = 'channel-opened' | 'deadline-near' | 'results-published' | 'news-posted';

/** One happening, as the module that owns the thing describes it. */
export interface Happening {
  kind: HappeningKind;
  /** The owning module's name (`surveys`, `news` …), so a digest can group or order by it. */
  module: string;
  /** The thing's id, unique within its module. */
  id: string;
  title: LocalizedText;
  /** The thing's page, a path without the language prefix. */
  path: string;
  /** When it happened (ISO-8601 UTC): the opening, the publication, the moment the deadline came near. */
  at: string;
  /** The deadline itself (ISO-8601 UTC), for `deadline-near`. */
  deadline?: string;
  /**
   * Who may open the thing (the channel's audience): a digest tells a follower only of what they
   * could open, and a follower by e-mail (no account) only of what is public. Absent: public.
   */
  audience?: Audience;
}

/** The stretch of time a source is asked about: after `from`, up to and including `to`. */
export interface HappeningWindow {
  from: Date;
  to: Date;
}

/** A deadline is "near" from this many days before it (the moment it comes near is its happening). */
export const DEADLINE_NEAR_DAYS = 3;

/**
 * Answers what happened in one process in a window, computed from the module's own tables
 * (no module writes into the follows module): published things and public results, each with
 * the audience that may open it (the digest filters per follower); one or two queries, however
 * many followers ask.
 */
export type HappeningSource = (
  context: AppContext,
  organisationId: string,
  process: { id: string; slug: string },
  window: HappeningWindow,
) => Promise<Happening[]>;

/** True when `at` (ISO) lies in the window: after `from`, up to and including `to`. */
export function inWindow(at: string | null | undefined, window: HappeningWindow): at is string {
  if (!at) return false;
  const time = Date.parse(at);
  return time > window.from.getTime() && time <= window.to.getTime();
}

/**
 * The window in which a deadline comes near: the deadline minus DEADLINE_NEAR_DAYS falls in
 * the window and the deadline is still ahead at its end. Answers the moment it came near.
 */
export function deadlineNearAt(deadline: string | null | undefined, window: HappeningWindow): string | null {
  if (!deadline) return null;
  const due = Date.parse(deadline);
  const near = due - DEADLINE_NEAR_DAYS * 24 * 60 * 60_000;
  if (near <= window.from.getTime() || near > window.to.getTime() || due <= window.to.getTime()) return null;
  return new Date(near).toISOString();
}

/**
 * The ISO bounds a source's query may filter by: anything opening, publishing or closing
 * in the window, or a deadline up to DEADLINE_NEAR_DAYS after its end.
 */
export function queryBounds(window: HappeningWindow): { from: string; to: string; deadlineTo: string } {
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    deadlineTo: new Date(window.to.getTime() + DEADLINE_NEAR_DAYS * 24 * 60 * 60_000).toISOString(),
  };
}

/** A scheduled channel as a source sees it: when it opens and closes, and whether its results are public. */
export interface ScheduledChannel {
  id: string;
  title: LocalizedText;
  opensAt: string | null;
  closesAt: string | null;
  resultsPublic: boolean;
  /** The channel's page and its results page (paths without the language prefix). */
  path: string;
  resultsPath: string;
  /** Who may take part (and so open it and its results); absent: public. */
  audience?: Audience;
}

/** A scheduled channel's happenings in the window: opened, deadline near, results published when it closed. */
export function channelHappenings(module: string, channel: ScheduledChannel, window: HappeningWindow): Happening[] {
  const found: Happening[] = [];
  const base = { module, id: channel.id, title: channel.title, ...(channel.audience ? { audience: channel.audience } : {}) };
  if (inWindow(channel.opensAt, window)) found.push({ ...base, kind: 'channel-opened', path: channel.path, at: channel.opensAt });
  const near = deadlineNearAt(channel.closesAt, window);
  if (near && channel.closesAt && (!channel.opensAt || Date.parse(channel.opensAt) <= window.to.getTime())) {
    found.push({ ...base, kind: 'deadline-near', path: channel.path, at: near, deadline: channel.closesAt });
  }
  if (channel.resultsPublic && inWindow(channel.closesAt, window)) {
    found.push({ ...base, kind: 'results-published', path: channel.resultsPath, at: channel.closesAt });
  }
  return found;
}

/**
 * The condition a scheduled channel's query filters by (columns `opens_at` and `closes_at` of the
 * table queried): it opens in the window, or it closes in the window or up to DEADLINE_NEAR_DAYS
 * after its end (its deadline may come near).
 */
export function opensOrClosesIn(window: HappeningWindow): Expression<SqlBool> {
  const { from, to, deadlineTo } = queryBounds(window);
  return sql<SqlBool>`((opens_at > ${from} and opens_at <= ${to}) or (closes_at > ${from} and closes_at <= ${deadlineTo}))`;
}

/** A scheduled channel's row as the surveys' and statements' tables keep it (the title as JSON). */
export interface ScheduledChannelRow {
  id: string;
  opens_at: string | null;
  closes_at: string | null;
  results_public: number;
}

/**
 * A scheduled channel's happenings from its row: the module names its title (a JSON column),
 * its pages and its audience; the rest is `channelHappenings`.
 */
export function scheduledRowHappenings(
  module: string,
  row: ScheduledChannelRow & { titleJson: string },
  pages: { path: string; resultsPath: string; audience: Audience },
  window: HappeningWindow,
): Happening[] {
  return channelHappenings(
    module,
    {
      id: row.id,
      title: parseJsonColumn<LocalizedText>(row.titleJson, { fi: '' }),
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      resultsPublic: row.results_public === 1,
      ...pages,
    },
    window,
  );
}

/** A channel's audience as the modules store it (`anyone`, `signed_in` …, with the chosen ids), as the audience check takes it. */
export { storedAudience } from '../participation/stored-audience.ts';
