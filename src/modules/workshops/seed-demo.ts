import { createHash } from 'node:crypto';
import type { Actor } from '../../platform/authz/authz.ts';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createWorkshop } from './commands/create-workshop.ts';
import { recordNoteContributions } from './commands/record-note-contributions.ts';
import { DEMO_PARTICIPANTS_PER_TABLE, DEMO_PROMPTS, DEMO_TABLES, type DemoCluster } from './demo-content.ts';
import { seedLiveWorkshop, seedUnitManagementWorkshops } from './demo-live.ts';
import { findWorkshop } from './queries/find-workshop.ts';
import { findTemplate } from './templates.ts';

/** The fixed join code of the demo's open workshop, easy to type when trying the demo. */
export const DEMO_OPEN_CODE = 'TARINA';

const HELD_AT = new Date('2013-03-08T10:00:00Z');
const DOTS = 5;

/** One demo browser's key: a hash no cookie will ever match. */
const browserKey = (index: number) => createHash('sha256').update(`demo-participant-${index}`).digest('hex');
const minute = (offset: number) => new Date(HELD_AT.getTime() + offset * 60_000).toISOString();

interface Ids {
  organisationId: string;
  workshopId: string;
  groupIds: string[];
  participantIds: string[][];
}

/** Hands a table's dots out to its participants, at most DOTS each per prompt. */
function dotGiver(participants: string[]) {
  const used = new Map<string, number>();
  let next = 0;
  return () => {
    for (let tries = 0; tries < participants.length; tries += 1) {
      const id = participants[next % participants.length] as string;
      next += 1;
      if ((used.get(id) ?? 0) < DOTS) {
        used.set(id, (used.get(id) ?? 0) + 1);
        return id;
      }
    }
    throw new Error('the demo gives more dots than the table has');
  };
}

async function seedCluster(
  trx: Db,
  ids: Ids,
  promptId: string,
  table: number,
  cluster: DemoCluster,
  order: { position: number; minute: number },
  giveDot: () => string,
) {
  const clusterId = cluster.name ? newId() : null;
  if (clusterId && cluster.name) {
    await trx
      .insertInto('workshop_clusters')
      .values({
        id: clusterId,
        organisation_id: ids.organisationId,
        workshop_id: ids.workshopId,
        prompt_id: promptId,
        group_id: ids.groupIds[table] ?? null,
        name: cluster.name,
        position: order.position,
        created_at: minute(order.minute + 20),
      })
      .execute();
  }
  const noteIds: string[] = [];
  for (const [index, note] of cluster.notes.entries()) {
    const id = newId();
    noteIds.push(id);
    const writers = ids.participantIds[table] ?? [];
    order.minute += 1;
    await trx
      .insertInto('workshop_notes')
      .values({
        id,
        organisation_id: ids.organisationId,
        workshop_id: ids.workshopId,
        prompt_id: promptId,
        group_id: ids.groupIds[table] ?? null,
        participant_id: writers[(order.minute + index) % writers.length] as string,
        cluster_id: clusterId,
        merged_into_id: note.duplicateOf === undefined ? null : (noteIds[note.duplicateOf] ?? null),
        text: note.text,
        author_name: null,
        language: 'fi',
        created_at: minute(order.minute),
        updated_at: minute(order.minute),
      })
      .execute();
  }
  for (let dot = 0; dot < cluster.dots; dot += 1) {
    await trx
      .insertInto('workshop_votes')
      .values({
        id: newId(),
        organisation_id: ids.organisationId,
        workshop_id: ids.workshopId,
        prompt_id: promptId,
        participant_id: giveDot(),
        note_id: clusterId ? null : (noteIds[0] ?? null),
        cluster_id: clusterId,
        created_at: minute(order.minute + 40),
      })
      .execute();
  }
}

async function seedNotes(context: AppContext, ids: Ids): Promise<void> {
  const workshop = await findWorkshop(context.db, ids.organisationId, ids.workshopId);
  if (!workshop) throw new Error('the demo workshop was not created');
  await context.db.transaction().execute(async (trx) => {
    const scoped = <T extends string>(table: T) => inOrganisation(ids.organisationId, table);
    const groups = await trx
      .selectFrom('workshop_groups')
      .select('id')
      .$call(scoped('workshop_groups'))
      .where('workshop_id', '=', ids.workshopId)
      .orderBy('position')
      .execute();
    ids.groupIds = groups.map((group) => group.id);
    ids.participantIds = ids.groupIds.map(() => Array.from({ length: DEMO_PARTICIPANTS_PER_TABLE }, () => newId()));
    for (const [table, participants] of ids.participantIds.entries()) {
      for (const [index, id] of participants.entries()) {
        await trx
          .insertInto('workshop_participants')
          .values({
            id,
            organisation_id: ids.organisationId,
            workshop_id: ids.workshopId,
            user_id: null,
            browser_key: browserKey(table * 100 + index),
            display_name: null,
            group_id: ids.groupIds[table] ?? null,
            joined_at: minute(index),
          })
          .execute();
      }
    }
    const prompts = await trx
      .selectFrom('workshop_prompts')
      .select('id')
      .$call(scoped('workshop_prompts'))
      .where('workshop_id', '=', ids.workshopId)
      .orderBy('position')
      .execute();
    for (const [promptIndex, demo] of DEMO_PROMPTS.entries()) {
      const promptId = prompts[promptIndex]?.id as string;
      for (const [table, clusters] of demo.tables.entries()) {
        const giveDot = dotGiver(ids.participantIds[table] ?? []);
        const order = { position: 0, minute: promptIndex * 60 };
        for (const cluster of clusters) {
          await seedCluster(trx, ids, promptId, table, cluster, order, giveDot);
          order.position += 1;
        }
      }
      await trx
        .updateTable('workshop_prompts')
        .set({ stage: 'results', revealed: 1 })
        .$call(scoped('workshop_prompts'))
        .where('id', '=', promptId)
        .execute();
    }
    const closedAt = minute(180);
    await trx
      .updateTable('workshops')
      .set({ status: 'closed', closed_at: closedAt, updated_at: closedAt, current_prompt_id: prompts[2]?.id ?? null })
      .$call(scoped('workshops'))
      .where('id', '=', ids.workshopId)
      .execute();
    await recordNoteContributions(trx, { ...workshop, status: 'closed' }, {}, new Date(closedAt));
  });
}

/**
 * The demo's workshops: the RAUMAVIISAAT future workshop of 8 March 2013 —
 * three prompts at two tables, notes clustered and dotted, results public —
 * an open residents' workshop with the code TARINA for trying a room, and
 * the live round's open story workshop with the code JATKUU and a management
 * workshop for each unit's staff.
 */
export async function seedWorkshopsDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  if (!organisationId || !state.processId || !state.adminUserId)
    throw new Error('the workshops demo needs the organisation, accounts and process demos first');
  const actor: Actor = {
    organisationId,
    userId: state.adminUserId,
    grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
  };
  const eventIds = (state.eventIds ?? {}) as Record<string, string>;
  const template = findTemplate('future-workshop');
  const workshopId = await createWorkshop(
    context.db,
    actor,
    state.processId,
    {
      template: template?.key ?? '',
      kind: 'workshop',
      title: { fi: 'RAUMAVIISAAT-tulevaisuustyöpaja', sv: 'Framtidsverkstad för RAUMAVIISAAT', en: 'RAUMAVIISAAT future workshop' },
      description: {
        fi: 'Rauman Tarinan ensimmäinen sysäys 8.3.2013: Rauma eilen, tänään ja tulevaisuudessa, ajan ilmiöt ja tarinan keskeiset tekijät.',
        sv: 'Den första puffen för Raumos berättelse 8.3.2013: Raumo i går, i dag och i framtiden, tidens fenomen och berättelsens nyckelfaktorer.',
        en: 'The first push for Rauma’s Story on 8 March 2013: Rauma yesterday, today and in the future, phenomena of the time, and the story’s key factors.',
      },
      eventId: eventIds['raumaviisaat-workshop'] ?? null,
      access: 'code',
      audienceIds: [],
      noteNames: 'anonymous',
      noteMaxLength: 280,
      notesHidden: false,
      dotsPerParticipant: DOTS,
      resultsPublic: true,
      prompts: DEMO_PROMPTS.map((prompt) => ({ text: prompt.text })),
      groups: DEMO_TABLES.map((name) => ({ name })),
    },
    HELD_AT,
  );
  await seedNotes(context, { organisationId, workshopId, groupIds: [], participantIds: [] });
  const openId = await createWorkshop(
    context.db,
    actor,
    state.processId,
    {
      template: 'future-workshop',
      kind: 'workshop',
      title: { fi: 'Kokeile työpajaa', sv: 'Prova en workshop', en: 'Try a workshop' },
      description: {
        fi: 'Avoin harjoitustyöpaja: liity koodilla TARINA.',
        sv: 'En öppen övningsworkshop: anslut med koden TARINA.',
        en: 'An open practice workshop: join with the code TARINA.',
      },
      eventId: null,
      access: 'code',
      audienceIds: [],
      noteNames: 'anonymous',
      noteMaxLength: 280,
      notesHidden: false,
      dotsPerParticipant: 3,
      resultsPublic: false,
      prompts: (template?.prompts ?? []).map((text) => ({ text })),
      groups: [],
    },
    context.clock.now(),
  );
  await context.db
    .updateTable('workshops')
    .set({ join_code: DEMO_OPEN_CODE })
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('id', '=', openId)
    .execute();
  await context.db
    .updateTable('workshop_prompts')
    .set({ stage: 'writing' })
    .$call(inOrganisation(organisationId, 'workshop_prompts'))
    .where('workshop_id', '=', openId)
    .where('position', '=', 0)
    .execute();
  state.workshopIds = { 'raumaviisaat-future-workshop': workshopId, 'open-workshop': openId };
  await seedLiveWorkshop(context, actor, state);
  await seedUnitManagementWorkshops(context, actor, state);
}
