import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { NoteNames, WorkshopAccess, WorkshopKind } from './tables.ts';

/** A ready set-up a facilitator starts from, so a session is ready in a minute. */
export interface WorkshopTemplate {
  key: string;
  /** Message keys of its name and what it is for. */
  nameKey: string;
  descriptionKey: string;
  kind: WorkshopKind;
  title: LocalizedText;
  access: WorkshopAccess;
  noteNames: NoteNames;
  noteMaxLength: number;
  notesHidden: boolean;
  dotsPerParticipant: number;
  prompts: LocalizedText[];
}

/** The template library: a future workshop, "what do the goals mean for us", and a value-based goals seminar. */
export const WORKSHOP_TEMPLATES: WorkshopTemplate[] = [
  {
    key: 'future-workshop',
    nameKey: 'workshops.template.futureWorkshop',
    descriptionKey: 'workshops.template.futureWorkshopDescription',
    kind: 'workshop',
    title: { fi: 'Tulevaisuustyöpaja', sv: 'Framtidsverkstad', en: 'Future workshop' },
    access: 'code',
    noteNames: 'anonymous',
    noteMaxLength: 280,
    notesHidden: false,
    dotsPerParticipant: 5,
    prompts: [
      {
        fi: 'Millainen kuntamme oli eilen, millainen se on tänään ja millainen tulevaisuudessa?',
        sv: 'Hurdan var vår kommun i går, hurdan är den i dag och hurdan blir den i framtiden?',
        en: 'What was our town like yesterday, what is it like today, and what will it be like in the future?',
      },
      {
        fi: 'Mitkä ajan ilmiöt koskettavat meitä, ja mitä mahdollisuuksia ne avaavat?',
        sv: 'Vilka fenomen i vår tid berör oss, och vilka möjligheter öppnar de?',
        en: 'Which phenomena of our time touch us, and what opportunities do they open?',
      },
      {
        fi: 'Mitkä ovat tarinamme keskeiset tekijät?',
        sv: 'Vilka är vår berättelses nyckelfaktorer?',
        en: 'What are the key factors of our story?',
      },
    ],
  },
  {
    key: 'goals-for-us',
    nameKey: 'workshops.template.goalsForUs',
    descriptionKey: 'workshops.template.goalsForUsDescription',
    kind: 'workshop',
    title: { fi: 'Mitä päämäärät tarkoittavat meille?', sv: 'Vad betyder målen för oss?', en: 'What do the goals mean for us?' },
    access: 'units',
    noteNames: 'anonymous',
    noteMaxLength: 280,
    notesHidden: false,
    dotsPerParticipant: 3,
    prompts: [
      {
        fi: 'Mitä strategiset päämäärät tarkoittavat meidän työssämme?',
        sv: 'Vad betyder de strategiska målen i vårt arbete?',
        en: 'What do the strategic goals mean in our work?',
      },
      {
        fi: 'Mitä teemme toisin, jotta päämäärät toteutuvat?',
        sv: 'Vad gör vi annorlunda för att målen ska nås?',
        en: 'What will we do differently so that the goals are reached?',
      },
      { fi: 'Mistä tiedämme, että onnistumme?', sv: 'Hur vet vi att vi lyckas?', en: 'How will we know that we are succeeding?' },
    ],
  },
  {
    key: 'value-goals-seminar',
    nameKey: 'workshops.template.valueGoalsSeminar',
    descriptionKey: 'workshops.template.valueGoalsSeminarDescription',
    kind: 'seminar',
    title: { fi: 'Arvopohjaisten päämäärien seminaari', sv: 'Seminarium om värdebaserade mål', en: 'Value-based goals seminar' },
    access: 'bodies',
    noteNames: 'named',
    noteMaxLength: 200,
    notesHidden: true,
    dotsPerParticipant: 5,
    prompts: [
      {
        fi: 'Mitkä arvot ohjaavat kaupunkimme kehittämistä?',
        sv: 'Vilka värderingar styr utvecklingen av vår stad?',
        en: 'Which values guide the development of our city?',
      },
      {
        fi: 'Mitkä ovat arvopohjaiset päämäärämme seuraaville vuosille?',
        sv: 'Vilka är våra värdebaserade mål för de kommande åren?',
        en: 'What are our value-based goals for the coming years?',
      },
    ],
  },
];

/** The template with this key, if any. */
export function findTemplate(key: string | undefined): WorkshopTemplate | undefined {
  return WORKSHOP_TEMPLATES.find((template) => template.key === key);
}
