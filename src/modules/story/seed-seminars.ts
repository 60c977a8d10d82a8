import type { Actor } from '../../platform/authz/authz.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { closeWorkshop, createWorkshop, findWorkshop, listSeminarOutcomes } from '../workshops/index.ts';
import { linkSeminarOutcome } from './commands/link-seminar-outcome.ts';
import type { Version } from './model.ts';

/** A seminar of the demo: its event, the bodies it was for, and its agreed outcome in order, each item with the paragraphs it shaped. */
interface DemoSeminar {
  event: string;
  bodies: string[];
  title: LocalizedText;
  heldAt: string;
  outcome: Array<{ text: string; shaped: string[] }>;
}

/**
 * The council's and board's seminars of spring 2013 (the seed's events "Laaja strategiaseminaari" of
 * 4 April and "Kaupunginhallituksen seminaari" of 22–23 April) with the outcomes they agreed, in the
 * seminars' own words (Finnish, as written on the day), and the paragraphs of the June draft they shaped.
 */
export const DEMO_SEMINARS: DemoSeminar[] = [
  {
    event: 'strategy-seminar',
    bodies: ['council', 'board'],
    title: {
      fi: 'Valtuuston ja hallituksen strategiaseminaari',
      sv: 'Fullmäktiges och styrelsens strategiseminarium',
      en: 'Council and board strategy seminar',
    },
    heldAt: '2013-04-04T12:00:00Z',
    outcome: [
      { text: 'Visio lyhyeksi: vanha merikaupunki, joka tekee tulevaisuutensa yhdessä', shaped: ['vision'] },
      { text: 'Arvoiksi vastuullisuus, avoimuus, nopeus ja kuntalaisten kuuleminen', shaped: ['values'] },
      { text: 'Satama, koulutus ja tutkimus elinvoiman kärjeksi', shaped: ['vitality'] },
    ],
  },
  {
    event: 'board-seminar',
    bodies: ['board'],
    title: { fi: 'Kaupunginhallituksen seminaari', sv: 'Stadsstyrelsens seminarium', en: 'City board seminar' },
    heldAt: '2013-04-23T12:00:00Z',
    outcome: [
      {
        text: 'Neljä arvopohjaista päämäärää: arki, elinvoima, kulttuuri ja organisaatio',
        shaped: ['everyday', 'vitality', 'culture', 'organisation'],
      },
      { text: 'Vanha Rauma, pitsi ja murre tarinan tunnetuiksi tekijöiksi', shaped: ['culture'] },
      { text: 'Organisaatio reagoi nopeasti ja käy vuoropuhelua asukkaiden kanssa', shaped: ['organisation'] },
    ],
  },
];

/** Holds each demo seminar as a workshops seminar for its bodies and closes it with its agreed outcome. */
export async function seedSeminars(context: AppContext, state: DemoState, editor: Actor, processId: string): Promise<void> {
  const eventIds = (state.eventIds ?? {}) as Record<string, string>;
  const bodyIds = (state.bodyIds ?? {}) as Record<string, string>;
  for (const seminar of DEMO_SEMINARS) {
    const audienceIds = seminar.bodies.flatMap((key) => (bodyIds[key] ? [bodyIds[key]] : []));
    const heldAt = new Date(seminar.heldAt);
    const id = await createWorkshop(
      context.db,
      editor,
      processId,
      {
        template: '',
        kind: 'seminar',
        title: seminar.title,
        description: { fi: '' },
        eventId: eventIds[seminar.event] ?? null,
        access: audienceIds.length > 0 ? 'bodies' : 'code',
        audienceIds,
        noteNames: 'named',
        noteMaxLength: 280,
        notesHidden: false,
        dotsPerParticipant: 3,
        resultsPublic: false,
        prompts: [{ text: { fi: 'Mitä Rauman Tarinaan?', sv: 'Vad i Raumos berättelse?', en: "What goes into Rauma's Story?" } }],
        groups: [],
      },
      heldAt,
    );
    const workshop = await findWorkshop(context.db, editor.organisationId, id);
    if (!workshop) throw new Error(`the demo seminar ${seminar.event} was not saved`);
    await closeWorkshop(
      context.db,
      editor,
      workshop,
      seminar.outcome.map((item) => ({ text: item.text })),
      heldAt,
    );
  }
}

/** Links the seminars' outcome items to the paragraphs they shaped in a draft version (by the demo's block names). */
export async function linkSeminars(
  context: AppContext,
  editor: Actor,
  version: Version,
  keys: Map<string, string>,
  now: Date,
): Promise<void> {
  const outcomes = await listSeminarOutcomes(context.db, editor.organisationId, version.processId);
  const paragraphKeys = new Set(keys.values());
  const outcomeIds = new Set(outcomes.map((outcome) => outcome.id));
  for (const seminar of DEMO_SEMINARS) {
    for (const [position, item] of seminar.outcome.entries()) {
      const outcome = outcomes.find((candidate) => candidate.seminarTitle.fi === seminar.title.fi && candidate.position === position);
      if (!outcome) throw new Error(`the demo seminar ${seminar.event} has no item ${position + 1}`);
      const blockKeys = item.shaped.flatMap((name) => (keys.get(name) ? [keys.get(name) ?? ''] : []));
      await linkSeminarOutcome(context.db, editor, version, { outcomeIds, paragraphKeys }, { outcomeId: outcome.id, blockKeys }, now);
    }
  }
}
