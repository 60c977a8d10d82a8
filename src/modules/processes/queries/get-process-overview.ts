import type { ComponentChild } from 'preact';
import type { AppContext } from '../../../platform/module.ts';
import { collectProcessChannels, type ProcessHub, type Viewer } from './collect-process-channels.ts';
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
  /** What the other modules add to the page (news: the latest posts), rendered by them, in module order. */
  sections: ComponentChild[];
  /** Every channel of the process the viewer could open, from the channel modules (`processChannels`). */
  hub: ProcessHub;
}

/**
 * The process page's bundle: one query per table (phases, bodies, members,
 * sectors, timeline items, audiences) plus each contributing module's own
 * (`processPageSections`: news reads its posts once), assembled in JavaScript,
 * so the count stays the same however many phases, bodies, items or posts there are; then the
 * channel modules' channels for the viewer (`processChannels`: one query each, with the bodies' names).
 */
export async function getProcessOverview(
  context: AppContext,
  organisationId: string,
  process: Process,
  viewer: Viewer,
): Promise<ProcessOverview> {
  const [phases, bodies, timeline, sections] = await Promise.all([
    listPhases(context.db, organisationId, [process.id]),
    listBodies(context.db, organisationId, process.id),
    listTimeline(context.db, organisationId, process.id),
    Promise.all(context.processPageSections.map((section) => section(context, organisationId, process))),
  ]);
  const hub = await collectProcessChannels(context, process, phases, bodies, viewer);
  return { process, phases, bodies, timeline, sections, hub };
}
