import type { Db } from '../../../platform/db/database.ts';
import { listLatestPosts, type PostSummary } from '../../news/index.ts';
import type { Process } from './find-process.ts';
import { type Body, listBodies } from './list-bodies.ts';
import { listPhases, type Phase } from './list-phases.ts';
import { listTimeline, type TimelineItem } from './list-timeline.ts';

/** Everything the process page shows, read with a fixed number of statements. */
export interface ProcessOverview {
  process: Process;
  phases: Phase[];
  bodies: Body[];
  timeline: TimelineItem[];
  posts: PostSummary[];
}

/** How many of the newest posts the process page lists. */
export const LATEST_POSTS_LIMIT = 3;

/**
 * The process page's bundle: one query per table (phases, bodies, members,
 * sectors, timeline items, audiences, posts), assembled in JavaScript, so the
 * count stays the same however many phases, bodies, items or posts there are.
 */
export async function getProcessOverview(db: Db, organisationId: string, process: Process): Promise<ProcessOverview> {
  const [phases, bodies, timeline, posts] = await Promise.all([
    listPhases(db, organisationId, [process.id]),
    listBodies(db, organisationId, process.id),
    listTimeline(db, organisationId, process.id),
    listLatestPosts(db, organisationId, process.id, LATEST_POSTS_LIMIT),
  ]);
  return { process, phases, bodies, timeline, posts };
}
