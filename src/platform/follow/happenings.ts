import type { LocalizedText } from '../i18n/locales.ts';
import type { AppContext } from '../module.ts';

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
 * (no module writes into the follows module). Only what everyone who may see the process may
 * see (published things, public results); one or two queries, however many followers ask.
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
}

/** A scheduled channel's happenings in the window: opened, deadline near, results published when it closed. */
export function channelHappenings(module: string, channel: ScheduledChannel, window: HappeningWindow): Happening[] {
  const found: Happening[] = [];
  const base = { module, id: channel.id, title: channel.title };
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
