import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { BackgroundKind, QuestionType } from './tables.ts';

/** A demo question: its key (for the generator), type, texts and choices. */
export interface DemoQuestion {
  key: string;
  type: QuestionType;
  text: LocalizedText;
  required?: boolean;
  background?: BackgroundKind;
  choices?: LocalizedText[];
  allowOther?: boolean;
  maxPicks?: number;
  scale?: { min: number; max: number; minLabel: LocalizedText; maxLabel: LocalizedText };
}

/** A demo survey of the Rauma 2013 process. */
export interface DemoSurvey {
  key: 'today' | 'future' | 'now';
  phaseKey: string;
  title: LocalizedText;
  description: LocalizedText;
  opensAt: string;
  closesAt: string | null;
  resultsPublic: boolean;
  responses: number;
  sections: Array<{ title: LocalizedText; questions: DemoQuestion[] }>;
}

const ageBand: DemoQuestion = {
  key: 'age',
  type: 'single_choice',
  text: { fi: 'Ikäryhmäsi', sv: 'Din åldersgrupp', en: 'Your age group' },
  background: 'age_band',
  choices: [
    { fi: 'alle 18', sv: 'under 18', en: 'under 18' },
    { fi: '18–29', sv: '18–29', en: '18–29' },
    { fi: '30–44', sv: '30–44', en: '30–44' },
    { fi: '45–64', sv: '45–64', en: '45–64' },
    { fi: '65 tai yli', sv: '65 eller äldre', en: '65 or over' },
  ],
};

const relation: DemoQuestion = {
  key: 'relation',
  type: 'multiple_choice',
  text: { fi: 'Suhteesi Raumaan', sv: 'Din relation till Raumo', en: 'Your relation to Rauma' },
  background: 'relation',
  choices: [
    { fi: 'Asun Raumalla', sv: 'Jag bor i Raumo', en: 'I live in Rauma' },
    { fi: 'Työskentelen Raumalla', sv: 'Jag arbetar i Raumo', en: 'I work in Rauma' },
    { fi: 'Opiskelen Raumalla', sv: 'Jag studerar i Raumo', en: 'I study in Rauma' },
    { fi: 'Olen yrittäjä Raumalla', sv: 'Jag är företagare i Raumo', en: 'I run a business in Rauma' },
    { fi: 'Olen vierailija', sv: 'Jag är besökare', en: 'I am a visitor' },
  ],
};

const homeArea: DemoQuestion = {
  key: 'area',
  type: 'single_choice',
  text: { fi: 'Asuinalueesi', sv: 'Ditt bostadsområde', en: 'Where you live' },
  background: 'home_area',
  choices: [
    { fi: 'Keskusta ja Vanha Rauma', sv: 'Centrum och Gamla Raumo', en: 'Centre and Old Rauma' },
    { fi: 'Itäinen Rauma (Uotila, Kortela)', sv: 'Östra Raumo (Uotila, Kortela)', en: 'East Rauma (Uotila, Kortela)' },
    { fi: 'Läntinen Rauma (Sampaanala, Otanlahti)', sv: 'Västra Raumo (Sampaanala, Otanlahti)', en: 'West Rauma (Sampaanala, Otanlahti)' },
    { fi: 'Pohjoinen Rauma (Lensu, Lapijoki)', sv: 'Norra Raumo (Lensu, Lapijoki)', en: 'North Rauma (Lensu, Lapijoki)' },
    { fi: 'Kodisjoki ja Lappi', sv: 'Kodisjoki och Lappi', en: 'Kodisjoki and Lappi' },
    { fi: 'Muualla', sv: 'Någon annanstans', en: 'Elsewhere' },
  ],
};

/** The two online surveys of the Rauma 2013 process (the source document names them). */
export const demoSurveys: DemoSurvey[] = [
  {
    key: 'today',
    phaseKey: 'voices',
    title: { fi: 'Rauman tarina tänään', sv: 'Raumos berättelse i dag', en: 'Rauma’s story today' },
    description: {
      fi: 'Mitä arvostat eniten Rauman kaupungissa? Vastauksesi ovat Rauman Tarinan ensimmäisiä aineksia.',
      sv: 'Vad uppskattar du mest i Raumo stad? Dina svar är de första ingredienserna i Raumos berättelse.',
      en: 'What do you value most in the city of Rauma? Your answers are among the first ingredients of Rauma’s Story.',
    },
    opensAt: '2013-03-08T06:00:00.000Z',
    closesAt: '2013-04-17T20:59:00.000Z',
    resultsPublic: true,
    responses: 240,
    sections: [
      {
        title: { fi: 'Rauma tänään', sv: 'Raumo i dag', en: 'Rauma today' },
        questions: [
          {
            key: 'values',
            type: 'multiple_choice',
            text: { fi: 'Mitä arvostat eniten Raumassa?', sv: 'Vad uppskattar du mest i Raumo?', en: 'What do you value most in Rauma?' },
            required: true,
            allowOther: true,
            maxPicks: 3,
            choices: [
              { fi: 'Vanha Rauma ja puutalot', sv: 'Gamla Raumo och trähusen', en: 'Old Rauma and its wooden houses' },
              { fi: 'Meri ja saaristo', sv: 'Havet och skärgården', en: 'The sea and the archipelago' },
              { fi: 'Pitsiperinne ja kulttuuri', sv: 'Knypplingstraditionen och kulturen', en: 'The lace tradition and culture' },
              { fi: 'Turvallisuus ja rauhallisuus', sv: 'Trygghet och lugn', en: 'Safety and calm' },
              { fi: 'Palvelut lähellä', sv: 'Service nära', en: 'Services close by' },
              { fi: 'Työpaikat ja yrittäjyys', sv: 'Arbetsplatser och företagande', en: 'Jobs and enterprise' },
              { fi: 'Urheilu ja liikunta', sv: 'Idrott och motion', en: 'Sport and exercise' },
              { fi: 'Luonto ja ulkoilu', sv: 'Naturen och friluftslivet', en: 'Nature and the outdoors' },
            ],
          },
          {
            key: 'story',
            type: 'long_text',
            text: {
              fi: 'Kerro omin sanoin: mikä tekee Raumasta Rauman?',
              sv: 'Berätta med egna ord: vad gör Raumo till Raumo?',
              en: 'In your own words: what makes Rauma Rauma?',
            },
          },
          {
            key: 'livability',
            type: 'scale',
            text: {
              fi: 'Kuinka hyvä paikka Rauma on asua?',
              sv: 'Hur bra är Raumo att bo i?',
              en: 'How good a place is Rauma to live in?',
            },
            required: true,
            scale: {
              min: 1,
              max: 5,
              minLabel: { fi: 'Huono', sv: 'Dålig', en: 'Poor' },
              maxLabel: { fi: 'Erinomainen', sv: 'Utmärkt', en: 'Excellent' },
            },
          },
          {
            key: 'recommend',
            type: 'single_choice',
            text: {
              fi: 'Suosittelisitko Raumaa asuinpaikaksi ystävällesi?',
              sv: 'Skulle du rekommendera Raumo som boplats åt en vän?',
              en: 'Would you recommend Rauma to a friend as a place to live?',
            },
            choices: [
              { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
              { fi: 'Ehkä', sv: 'Kanske', en: 'Maybe' },
              { fi: 'En', sv: 'Nej', en: 'No' },
            ],
          },
        ],
      },
      { title: { fi: 'Taustatiedot', sv: 'Bakgrundsuppgifter', en: 'About you' }, questions: [ageBand, homeArea, relation] },
    ],
  },
  {
    key: 'future',
    phaseKey: 'voices',
    title: { fi: 'Rauman tarina tulevaisuudessa', sv: 'Raumos berättelse i framtiden', en: 'Rauma’s story in the future' },
    description: {
      fi: 'Miten tarinan pitäisi mielestäsi jatkua? Kerro, mitä pitäisi tapahtua ja mitä voimme tehdä yhdessä.',
      sv: 'Hur borde berättelsen fortsätta enligt dig? Berätta vad som borde hända och vad vi kan göra tillsammans.',
      en: 'How should the story continue, in your view? Tell us what should happen and what we can do together.',
    },
    opensAt: '2013-03-08T06:00:00.000Z',
    closesAt: null,
    resultsPublic: false,
    responses: 90,
    sections: [
      {
        title: { fi: 'Tarina jatkuu', sv: 'Berättelsen fortsätter', en: 'The story continues' },
        questions: [
          {
            key: 'continue',
            type: 'long_text',
            text: {
              fi: 'Miten tarinan pitäisi mielestäsi jatkua?',
              sv: 'Hur borde berättelsen fortsätta?',
              en: 'How should the story continue?',
            },
            required: true,
          },
          {
            key: 'happen',
            type: 'long_text',
            text: {
              fi: 'Minkä tärkeän asian pitäisi tapahtua?',
              sv: 'Vilken viktig sak borde hända?',
              en: 'What important thing should happen?',
            },
          },
          {
            key: 'together',
            type: 'long_text',
            text: {
              fi: 'Mitä tekoja meidän pitäisi tehdä yhdessä, jotta hyvä tarina toteutuu?',
              sv: 'Vilka gärningar borde vi göra tillsammans för att den goda berättelsen ska förverkligas?',
              en: 'What should we do together so that the good story comes true?',
            },
          },
          {
            key: 'deed',
            type: 'short_text',
            text: {
              fi: 'Minkä hyvän teon voit itse tehdä tähän suuntaan?',
              sv: 'Vilken god gärning kan du själv göra i den riktningen?',
              en: 'What good deed can you do yourself in this direction?',
            },
          },
          {
            key: 'themes',
            type: 'ranking',
            text: {
              fi: 'Järjestä teemat tärkeysjärjestykseen',
              sv: 'Ordna teman efter hur viktiga de är',
              en: 'Rank the themes by importance',
            },
            choices: [
              { fi: 'Elinvoima ja työ', sv: 'Livskraft och arbete', en: 'Vitality and work' },
              { fi: 'Asuminen ja ympäristö', sv: 'Boende och miljö', en: 'Housing and environment' },
              { fi: 'Hyvinvointi ja palvelut', sv: 'Välfärd och service', en: 'Wellbeing and services' },
              { fi: 'Kulttuuri ja perinne', sv: 'Kultur och tradition', en: 'Culture and heritage' },
              { fi: 'Koulutus ja osaaminen', sv: 'Utbildning och kunnande', en: 'Education and skills' },
            ],
          },
        ],
      },
      { title: { fi: 'Taustatiedot', sv: 'Bakgrundsuppgifter', en: 'About you' }, questions: [ageBand, relation] },
    ],
  },
];
