/** The live round's open story workshop: joinable now by its code, the first prompt taking notes. */
import { createHash } from 'node:crypto';
import { raumaUnits } from '../../demo/rauma-2013.ts';
import { LIVE_WORKSHOP_CODE, liveState } from '../../demo/rauma-live.ts';
import type { Actor } from '../../platform/authz/authz.ts';
import { newId } from '../../platform/db/ids.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createWorkshop } from './commands/create-workshop.ts';
import { recordNoteContributions } from './commands/record-note-contributions.ts';
import { UNIT_WORKSHOP_DESCRIPTION, UNIT_WORKSHOP_TITLES } from './demo-content.ts';
import { findWorkshop } from './queries/find-workshop.ts';
import { findTemplate } from './templates.ts';

const PROMPTS = [
  {
    fi: 'Mikä vuoden 2013 tarinasta on toteutunut?',
    sv: 'Vad har förverkligats av berättelsen från 2013?',
    en: 'What came true of the 2013 story?',
  },
  {
    fi: 'Mitä Rauman pitäisi tehdä seuraavaksi?',
    sv: 'Vad borde Raumo göra härnäst?',
    en: 'What should Rauma do next?',
  },
  {
    fi: 'Minkä hyvän teon voit itse tehdä tähän suuntaan?',
    sv: 'Vilken god gärning kan du själv göra i den riktningen?',
    en: 'What good deed can you do yourself in this direction?',
  },
];

/** Notes already on the wall, by the participant (0–2) who wrote them. */
const NOTES: Array<{ writer: number; text: string }> = [
  { writer: 0, text: 'Vanha Rauma on hyvässä kunnossa ja täynnä elämää kesäisin.' },
  { writer: 1, text: 'Rantareitti valmistui, ja sitä käyttävät kaikki.' },
  { writer: 2, text: 'Nuoria lähtee yhä opiskelemaan muualle eikä moni palaa.' },
  { writer: 0, text: 'Asukkaita kuunnellaan nyt enemmän kuin ennen.' },
];

/** One demo browser's key: a hash no cookie will ever match. */
const browserKey = (index: number) => createHash('sha256').update(`demo-live-participant-${index}`).digest('hex');

/**
 * The open story workshop of the live round: anyone joins with the code
 * JATKUU, three prompts, the first open for writing with a few notes from
 * three earlier participants. Ids go to `state.live`.
 */
export async function seedLiveWorkshop(context: AppContext, actor: Actor, state: DemoState): Promise<void> {
  const live = liveState(state);
  const now = context.clock.now();
  const startedAt = new Date(now.getTime() - 20 * 60_000);
  const workshopId = await createWorkshop(
    context.db,
    actor,
    live.processId,
    {
      template: 'future-workshop',
      kind: 'workshop',
      title: { fi: 'Avoin tarinatyöpaja', sv: 'Öppen berättelseworkshop', en: 'Open story workshop' },
      description: {
        fi: 'Rauman Tarina jatkuu: liity puhelimellasi koodilla JATKUU ja kirjoita ajatuksesi seinälle.',
        sv: 'Raumos berättelse fortsätter: anslut med din telefon och koden JATKUU och skriv dina tankar på väggen.',
        en: 'Rauma’s Story continues: join on your phone with the code JATKUU and write your thoughts on the wall.',
      },
      eventId: null,
      access: 'code',
      audienceIds: [],
      noteNames: 'anonymous',
      noteMaxLength: 280,
      notesHidden: false,
      dotsPerParticipant: 3,
      resultsPublic: true,
      prompts: PROMPTS.map((text) => ({ text })),
      groups: [],
    },
    startedAt,
  );
  await context.db.transaction().execute(async (trx) => {
    const scoped = <T extends string>(table: T) => inOrganisation(actor.organisationId, table);
    await trx
      .updateTable('workshops')
      .set({ join_code: LIVE_WORKSHOP_CODE })
      .$call(scoped('workshops'))
      .where('id', '=', workshopId)
      .execute();
    const first = await trx
      .selectFrom('workshop_prompts')
      .select('id')
      .$call(scoped('workshop_prompts'))
      .where('workshop_id', '=', workshopId)
      .where('position', '=', 0)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('workshop_prompts')
      .set({ stage: 'writing' })
      .$call(scoped('workshop_prompts'))
      .where('id', '=', first.id)
      .execute();
    await trx
      .updateTable('workshops')
      .set({ current_prompt_id: first.id })
      .$call(scoped('workshops'))
      .where('id', '=', workshopId)
      .execute();
    const participantIds = [0, 1, 2].map(() => newId());
    const at = (minute: number) => new Date(startedAt.getTime() + minute * 60_000).toISOString();
    await trx
      .insertInto('workshop_participants')
      .values(
        participantIds.map((id, index) => ({
          id,
          organisation_id: actor.organisationId,
          workshop_id: workshopId,
          user_id: null,
          browser_key: browserKey(index),
          display_name: null,
          group_id: null,
          joined_at: at(index),
        })),
      )
      .execute();
    await trx
      .insertInto('workshop_notes')
      .values(
        NOTES.map((note, index) => ({
          id: newId(),
          organisation_id: actor.organisationId,
          workshop_id: workshopId,
          prompt_id: first.id,
          group_id: null,
          participant_id: participantIds[note.writer] as string,
          cluster_id: null,
          merged_into_id: null,
          text: note.text,
          author_name: null,
          language: 'fi',
          created_at: at(5 + index * 2),
          updated_at: at(5 + index * 2),
        })),
      )
      .execute();
    const workshop = await findWorkshop(trx, actor.organisationId, workshopId);
    if (!workshop) throw new Error('the live demo workshop was not created');
    await recordNoteContributions(trx, workshop, { promptId: first.id }, now);
  });
  live.workshopId = workshopId;
  live.workshopCode = LIVE_WORKSHOP_CODE;
}

/**
 * A management workshop per top-level demo unit in the live round, from the "what do the goals
 * mean for us" template: only staff of the unit and its work communities join. Ids by unit key
 * go to `state.unitWorkshopIds`.
 */
export async function seedUnitManagementWorkshops(context: AppContext, actor: Actor, state: DemoState): Promise<void> {
  const live = liveState(state);
  const template = findTemplate('goals-for-us');
  if (!template) throw new Error('the unit management workshops need the goals-for-us template');
  const ids: Record<string, string> = {};
  for (const unit of raumaUnits) {
    const unitId = state.unitIds?.[unit.key];
    const title = UNIT_WORKSHOP_TITLES[unit.key];
    if (!unitId || !title) throw new Error(`no unit or management workshop title for the demo unit "${unit.key}"`);
    ids[unit.key] = await createWorkshop(
      context.db,
      actor,
      live.processId,
      {
        template: template.key,
        kind: template.kind,
        title,
        description: UNIT_WORKSHOP_DESCRIPTION,
        eventId: null,
        access: 'units',
        audienceIds: [unitId],
        noteNames: template.noteNames,
        noteMaxLength: template.noteMaxLength,
        notesHidden: template.notesHidden,
        dotsPerParticipant: template.dotsPerParticipant,
        resultsPublic: false,
        prompts: template.prompts.map((text) => ({ text })),
        groups: [],
      },
      context.clock.now(),
    );
  }
  state.unitWorkshopIds = ids;
}
