import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/authz/authz.ts';
import { nextAfter, type ParticipationEntry, type ProcessChannel } from '../../../platform/hub/process-channels.ts';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { todayIn } from './describe-progress.ts';
import type { Body } from './list-bodies.ts';
import type { Phase } from './list-phases.ts';

/** Who looks at the process page, in what language, and when. */
export interface Viewer {
  actor: Actor;
  locale: Locale;
  now: Date;
  timeZone: string;
}

/** Channels under one heading: a phase of the process, or none (those outside every phase's dates). */
export interface PhaseGroup {
  phase: Phase | null;
  channels: ProcessChannel[];
}

/** The process page's hub: what is open now, what is coming and what is over, the latter two by phase. */
export interface ProcessHub {
  open: ProcessChannel[];
  upcoming: PhaseGroup[];
  closed: PhaseGroup[];
  /** The next instant a channel opens or closes by the clock (the cached page expires then), or null. */
  changesAt: string | null;
}

/** The phase a channel belongs to: its own, else the one whose dates contain its placing instant. */
function phaseOf(channel: ProcessChannel, phases: readonly Phase[], timeZone: string): Phase | null {
  if (channel.phaseId) {
    const own = phases.find((phase) => phase.id === channel.phaseId);
    if (own) return own;
  }
  if (!channel.placedAt || Number.isNaN(new Date(channel.placedAt).getTime())) return null;
  const day = todayIn(new Date(channel.placedAt), timeZone);
  return phases.find((phase) => phase.startsOn <= day && day <= phase.endsOn) ?? null;
}

function byPhase(channels: readonly ProcessChannel[], phases: readonly Phase[], timeZone: string): PhaseGroup[] {
  const groups = new Map<string, PhaseGroup>();
  for (const channel of channels) {
    const phase = phaseOf(channel, phases, timeZone);
    const key = phase?.id ?? '';
    const group = groups.get(key) ?? { phase, channels: [] };
    group.channels.push(channel);
    groups.set(key, group);
  }
  // In the phases' order, those outside every phase last.
  const order = (group: PhaseGroup) => (group.phase ? phases.indexOf(group.phase) : phases.length);
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

const soonest = (a: string | null, b: string | null) => (a ?? '\uffff').localeCompare(b ?? '\uffff');

/**
 * Every module's channels of the process for this viewer (`processChannels` in the manifest: one
 * query each, so the page's statement count does not grow with the channels), sorted into the hub.
 */
export async function collectProcessChannels(
  context: AppContext,
  process: { id: string; slug: string },
  phases: readonly Phase[],
  bodies: readonly Body[],
  viewer: Viewer,
): Promise<ProcessHub> {
  const bodyNames = new Map(bodies.map((body) => [body.id, localize(body.name, viewer.locale)]));
  const answers = await Promise.all(
    context.processChannels.map((source) =>
      source({ context, actor: viewer.actor, locale: viewer.locale, process, now: viewer.now, bodyNames }),
    ),
  );
  const channels = answers.flat();
  const open = channels.filter((channel) => channel.status === 'open').sort((a, b) => soonest(a.deadline, b.deadline));
  const upcoming = channels
    .filter((channel) => channel.status === 'upcoming')
    .sort((a, b) => soonest(a.opensAt ?? a.placedAt, b.opensAt ?? b.placedAt));
  const closed = channels.filter((channel) => channel.status === 'closed').sort((a, b) => soonest(a.placedAt, b.placedAt));
  return {
    open,
    upcoming: byPhase(upcoming, phases, viewer.timeZone),
    closed: byPhase(closed, phases, viewer.timeZone),
    changesAt: nextAfter(
      viewer.now,
      channels.map((channel) => channel.changesAt),
    ),
  };
}

/**
 * What the person did in the process, from every module (`participation` in the manifest), newest
 * first: the signed-in account's acts, and this browser's without an account (each module's
 * `ofBrowser`, from the request's own cookies; marked `byBrowser`). A fixed number of queries
 * per module however many channels the process has.
 */
export async function collectParticipation(
  context: AppContext,
  process: { id: string; slug: string },
  viewer: Viewer & { userId: string | null; request: FastifyRequest },
): Promise<ParticipationEntry[]> {
  const { actor, locale, userId, request } = viewer;
  const answers = await Promise.all(
    context.participationSources.flatMap((source) => [
      ...(userId ? [source({ context, actor, userId, locale, process })] : []),
      ...(source.ofBrowser ? [source.ofBrowser({ context, actor, locale, process, request })] : []),
    ]),
  );
  return answers.flat().sort((a, b) => b.at.localeCompare(a.at));
}
