import { z } from 'zod';
import type { Body } from './list-bodies.ts';
import type { TimelineItem } from './list-timeline.ts';

/** The timeline's filter as a page or the API receives it; an empty audience means everyone. */
export const timelineFilterSchema = z.object({
  audience: z.string().trim().max(100, { message: 'processes.timeline.unknownAudience' }).optional(),
});

/** What the timeline filter found: the items, or that the audience names no body of the process. */
export type TimelineFilterResult = { ok: true; audienceId: string | null; items: TimelineItem[] } | { ok: false };

/**
 * The items for one body (its audience), or every item when no body is
 * named. A body of another process or organisation is as unknown as a typo.
 */
export function filterTimelineByAudience(
  items: TimelineItem[],
  bodies: readonly Body[],
  audience: string | undefined,
): TimelineFilterResult {
  if (!audience) return { ok: true, audienceId: null, items };
  if (!bodies.some((body) => body.id === audience)) return { ok: false };
  return { ok: true, audienceId: audience, items: items.filter((item) => item.audienceBodyIds.includes(audience)) };
}
