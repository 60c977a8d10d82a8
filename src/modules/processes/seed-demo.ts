import type { Transaction as KyselyTransaction } from 'kysely';
import { DEMO_MEMBER_SEAT, DEMO_SEATS } from '../../demo/demo-directory.ts';
import {
  type DemoBody,
  type DemoPhase,
  type DemoProcess,
  type DemoTimelineItem,
  raumaBodies,
  raumaPhases,
  raumaProcess,
  raumaTimeline,
} from '../../demo/rauma-2013.ts';
import { type LiveDemoState, liveCalendar, livePhases, liveProcess, liveTimeline } from '../../demo/rauma-live.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Database } from '../../platform/db/schema.ts';
import { bumpPageVersion } from '../../platform/http/page-cache.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import './tables.ts';

type Transaction = KyselyTransaction<Database>;

const json = (value: unknown) => JSON.stringify(value);

/** Each row gets its own millisecond so "in the order they were added" matches the demo's order. */
function stamp(base: Date, index: number): string {
  return new Date(base.getTime() + index).toISOString();
}

async function insertBodies(
  trx: Transaction,
  organisationId: string,
  processId: string,
  userIds: Record<string, string>,
  base: Date,
): Promise<Record<string, string>> {
  const bodyIds: Record<string, string> = Object.fromEntries(raumaBodies.map((body) => [body.key, newId()]));
  for (const [index, body] of raumaBodies.entries()) {
    await trx
      .insertInto('process_bodies')
      .values({
        id: bodyIds[body.key]!,
        organisation_id: organisationId,
        process_id: processId,
        parent_id: body.parentKey ? (bodyIds[body.parentKey] ?? null) : null,
        kind: body.kind,
        name: json(body.name),
        description: json(body.description),
        position: index,
        created_at: stamp(base, index),
        updated_at: stamp(base, index),
      })
      .execute();
    await insertMembersAndSectors(trx, organisationId, bodyIds[body.key]!, body, userIds, base);
  }
  return bodyIds;
}

/**
 * A body's seats by position; in the council and the board the chair seat (the first) is
 * held by a demo account, and each councillor or board member of `DEMO_SEATS` gets a seat.
 */
async function insertMembersAndSectors(
  trx: Transaction,
  organisationId: string,
  bodyId: string,
  body: DemoBody,
  userIds: Record<string, string>,
  base: Date,
) {
  const seats = DEMO_SEATS.filter((seat) => seat.bodyKey === body.key && userIds[seat.accountKey]);
  const chair = seats.find((seat) => seat.seatRole === 'chair');
  for (const [index, sector] of body.sectors.entries()) {
    await trx
      .insertInto('body_sectors')
      .values({ id: newId(), organisation_id: organisationId, body_id: bodyId, key: sector.key, name: json(sector.name), position: index })
      .execute();
  }
  for (const [index, member] of body.members.entries()) {
    await trx
      .insertInto('body_members')
      .values({
        id: newId(),
        organisation_id: organisationId,
        body_id: bodyId,
        user_id: index === 0 && chair ? userIds[chair.accountKey]! : null,
        seat_role: index === 0 && chair ? 'chair' : 'member',
        position_title: json(member.position),
        responsibility: json(member.responsibility),
        sector_id: null,
        position: index,
        created_at: stamp(base, index),
      })
      .execute();
  }
  if (body.key !== 'council' && body.key !== 'board') return;
  const seat = DEMO_MEMBER_SEAT[body.key];
  for (const [offset, member] of seats.filter((entry) => entry.seatRole === 'member').entries()) {
    const index = body.members.length + offset;
    await trx
      .insertInto('body_members')
      .values({
        id: newId(),
        organisation_id: organisationId,
        body_id: bodyId,
        user_id: userIds[member.accountKey]!,
        seat_role: 'member',
        position_title: json(seat.position),
        responsibility: json(seat.responsibility),
        sector_id: null,
        position: index,
        created_at: stamp(base, index),
      })
      .execute();
  }
}

async function insertTimeline(
  trx: Transaction,
  organisationId: string,
  processId: string,
  ids: { phases: Record<string, string>; bodies: Record<string, string>; timeline: DemoTimelineItem[] },
  base: Date,
) {
  for (const [index, item] of ids.timeline.entries()) {
    const id = newId();
    await trx
      .insertInto('timeline_items')
      .values({
        id,
        organisation_id: organisationId,
        process_id: processId,
        phase_id: ids.phases[item.phaseKey] ?? null,
        starts_on: item.startsOn,
        ends_on: item.endsOn,
        start_time: item.startTime,
        end_time: item.endTime,
        date_precision: item.datePrecision,
        kind: item.kind,
        title: json(item.title),
        purpose: json(item.purpose),
        responsible: json(item.responsible),
        created_at: stamp(base, index),
        updated_at: stamp(base, index),
      })
      .execute();
    for (const bodyKey of item.audienceBodyKeys) {
      const bodyId = ids.bodies[bodyKey];
      if (!bodyId) continue;
      await trx
        .insertInto('timeline_item_audiences')
        .values({ timeline_item_id: id, body_id: bodyId, organisation_id: organisationId })
        .execute();
    }
  }
}

async function insertProcessAndPhases(
  trx: Transaction,
  organisationId: string,
  ids: { process: string; phases: Record<string, string> },
  content: { process: DemoProcess; phases: DemoPhase[] },
  base: Date,
) {
  const at = base.toISOString();
  await trx
    .insertInto('processes')
    .values({
      id: ids.process,
      organisation_id: organisationId,
      slug: content.process.slug,
      title: json(content.process.title),
      summary: json(content.process.summary),
      story: json(content.process.story),
      hero_image_url: null,
      hero_image_alt: json(content.process.heroImageAlt ?? { fi: '' }),
      hero_video_url: null,
      visibility: 'public',
      published_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const [index, phase] of content.phases.entries()) {
    await trx
      .insertInto('process_phases')
      .values({
        id: ids.phases[phase.key]!,
        organisation_id: organisationId,
        process_id: ids.process,
        position: index,
        title: json(phase.title),
        description: json(phase.description),
        starts_on: phase.startsOn,
        ends_on: phase.endsOn,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}

interface SeededProcess {
  processId: string;
  phaseIdsByKey: Record<string, string>;
  bodyIds: Record<string, string>;
}

/** One demo process with its phases, bodies (the 2013 project organisation) and timeline, in one transaction. */
async function seedProcess(
  context: AppContext,
  organisationId: string,
  content: { process: DemoProcess; phases: DemoPhase[]; timeline: DemoTimelineItem[] },
  userIds: Record<string, string>,
  base: Date,
): Promise<SeededProcess> {
  const processId = newId();
  const phaseIdsByKey: Record<string, string> = Object.fromEntries(content.phases.map((phase) => [phase.key, newId()]));
  const bodyIds = await context.db.transaction().execute(async (trx) => {
    await insertProcessAndPhases(trx, organisationId, { process: processId, phases: phaseIdsByKey }, content, base);
    const bodies = await insertBodies(trx, organisationId, processId, userIds, base);
    await insertTimeline(trx, organisationId, processId, { phases: phaseIdsByKey, bodies, timeline: content.timeline }, base);
    await bumpPageVersion(trx, organisationId);
    return bodies;
  });
  return { processId, phaseIdsByKey, bodyIds };
}

/**
 * The demo's processes. Rauman Tarina of 2013, the finished example: a public
 * process with its five phases, its bodies (members by position, RAUMAVIISAAT's
 * twelve sectors) and the 2013 timeline; its ids go to `state.processId`,
 * `phaseIdsByKey` and `bodyIds` for later seeds. Then the live round, "Rauman
 * Tarina jatkuu", with the same bodies and its dates counted from the seed day
 * (the voices phase open now); its ids go to `state.live`. In both, the council's
 * and the board's chairs and members of `src/demo/demo-directory.ts` hold their seats
 * (the accounts demo runs first and leaves their ids in `state.userIds`). It is created a
 * second later, so lists of newest first show it first.
 */
export async function seedProcessesDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  if (!organisationId) throw new Error('the processes demo needs the organisation demo first');
  const base = context.clock.now();
  const userIds = state.userIds ?? {};
  const finished = await seedProcess(
    context,
    organisationId,
    { process: raumaProcess, phases: raumaPhases, timeline: raumaTimeline },
    userIds,
    base,
  );
  state.processId = finished.processId;
  state.processSlug = raumaProcess.slug;
  state.phaseIds = raumaPhases.map((phase) => finished.phaseIdsByKey[phase.key]!);
  state.phaseIdsByKey = finished.phaseIdsByKey;
  state.bodyIds = finished.bodyIds;
  const calendar = liveCalendar(base);
  const live = await seedProcess(
    context,
    organisationId,
    { process: liveProcess, phases: livePhases(calendar), timeline: liveTimeline(calendar) },
    userIds,
    new Date(base.getTime() + 1000),
  );
  state.live = { ...live, processSlug: liveProcess.slug } satisfies LiveDemoState;
}
