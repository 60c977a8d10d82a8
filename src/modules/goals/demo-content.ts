import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { IndicatorDirection, IndicatorSourceKind } from './tables.ts';

/** A demo indicator: its baseline (end of 2013), targets by year and the spring 2014 actual, if reported. */
export interface DemoIndicator {
  name: LocalizedText;
  definition: LocalizedText;
  measureUnit: string;
  direction: IndicatorDirection;
  sourceKind: IndicatorSourceKind;
  sourceCode: string | null;
  baseline: number;
  targets: Record<number, number>;
  /** The figure and comment of the spring 2014 round; none: not reported. */
  actual?: { value: number; comment: string };
}

/** A department's objective under a goal; its owner is the department's unit manager (a role, no name). */
export interface DemoObjective {
  unitKey: string;
  title: LocalizedText;
  indicators: DemoIndicator[];
}

/** A strategy goal of the 2013 process with the departments' objectives. */
export interface DemoGoal {
  title: LocalizedText;
  description: LocalizedText;
  objectives: DemoObjective[];
}

/**
 * Rauma's goals derived from the aims of the 2013 story work (`/work/shared/seed/rauman-tarina.en.md`):
 * a city developed together by residents, companies, communities and the city organisation; a
 * customer-oriented, flexible, fast-reacting working culture; and the good everyday life the
 * RAUMAVIISAAT sectors (housing, employment, education, basic services, leisure, the young and
 * the elderly) spoke for. Figures are illustrative.
 */
export const raumaGoals: DemoGoal[] = [
  {
    title: { fi: 'Yhdessä tehty Rauma', sv: 'Ett Raumo vi bygger tillsammans', en: 'A Rauma made together' },
    description: {
      fi: 'Asukkaat, yritykset, yhteisöt ja kaupunkiorganisaatio kehittävät Raumaa yhdessä, ja mahdollisimman moni on mukana tulevaisuustyössä.',
      sv: 'Invånare, företag, sammanslutningar och stadsorganisationen utvecklar Raumo tillsammans, och så många som möjligt deltar i framtidsarbetet.',
      en: 'Residents, companies, communities and the city organisation develop Rauma together, and as many people as possible take part in the future work.',
    },
    objectives: [
      {
        unitKey: 'central-administration',
        title: {
          fi: 'Kehittämisfoorumi on asukkaiden ja yhteisöjen vakiintunut kanava',
          sv: 'Utvecklingsforumet är invånarnas och sammanslutningarnas etablerade kanal',
          en: 'The development forum is the established channel of residents and communities',
        },
        indicators: [
          {
            name: {
              fi: 'Kehittämisfoorumin osallistujat',
              sv: 'Deltagare i utvecklingsforumet',
              en: 'Participants in the development forum',
            },
            definition: {
              fi: 'Eri henkilöiden määrä, jotka ovat vastanneet kyselyyn, osallistuneet tilaisuuteen tai kommentoineet vuoden aikana.',
              sv: 'Antalet olika personer som under året svarat på en enkät, deltagit i ett evenemang eller kommenterat.',
              en: 'The number of different people who answered a survey, attended an event or commented during the year.',
            },
            measureUnit: 'hlöä',
            direction: 'up',
            sourceKind: 'manual',
            sourceCode: null,
            baseline: 1200,
            targets: { 2014: 1500, 2015: 2000 },
            actual: { value: 1380, comment: 'Kevään asukastilaisuus toi uusia osallistujia; verkkokysely jäi odotettua pienemmäksi.' },
          },
        ],
      },
      {
        unitKey: 'education-and-culture',
        title: {
          fi: 'Koululaiset ja nuoret osallistuvat kaupungin kehittämiseen',
          sv: 'Skolelever och unga deltar i utvecklingen av staden',
          en: 'Pupils and young people take part in developing the city',
        },
        indicators: [
          {
            name: { fi: 'Oppilaskuntien aloitteet', sv: 'Elevkårernas initiativ', en: 'Initiatives of pupil councils' },
            definition: {
              fi: 'Oppilaskuntien kaupungille tekemien aloitteiden määrä lukuvuoden aikana.',
              sv: 'Antalet initiativ som elevkårerna lämnat till staden under läsåret.',
              en: 'The number of initiatives that pupil councils made to the city during the school year.',
            },
            measureUnit: 'kpl',
            direction: 'up',
            sourceKind: 'manual',
            sourceCode: null,
            baseline: 12,
            targets: { 2014: 18, 2015: 24 },
            actual: { value: 19, comment: 'Jokainen yläkoulu teki vähintään kaksi aloitetta.' },
          },
        ],
      },
    ],
  },
  {
    title: { fi: 'Asiakaslähtöinen ja ketterä kaupunki', sv: 'En kundorienterad och smidig stad', en: 'A customer-oriented, agile city' },
    description: {
      fi: 'Kaupungin työkulttuuri on asiakaslähtöinen, joustava ja nopeasti reagoiva; toimimme dialogissa ja kokeilemme uutta.',
      sv: 'Stadens arbetskultur är kundorienterad, flexibel och snabbt reagerande; vi arbetar i dialog och prövar nytt.',
      en: "The city's working culture is customer-oriented, flexible and fast-reacting; we work in dialogue and try new things.",
    },
    objectives: [
      {
        unitKey: 'technical-services',
        title: {
          fi: 'Palvelupyyntöihin vastataan nopeasti',
          sv: 'Serviceförfrågningar besvaras snabbt',
          en: 'Service requests are answered quickly',
        },
        indicators: [
          {
            name: {
              fi: 'Palvelupyynnön käsittelyaika',
              sv: 'Handläggningstid för serviceförfrågningar',
              en: 'Handling time of service requests',
            },
            definition: {
              fi: 'Katu- ja viheralueiden palvelupyyntöjen käsittelyajan mediaani vastaanotosta vastaukseen.',
              sv: 'Medianen av handläggningstiden för serviceförfrågningar om gator och grönområden, från mottagning till svar.',
              en: 'The median handling time of service requests on streets and green areas, from receipt to answer.',
            },
            measureUnit: 'vrk',
            direction: 'down',
            sourceKind: 'manual',
            sourceCode: null,
            baseline: 14,
            targets: { 2014: 10, 2015: 7 },
            actual: { value: 11, comment: 'Sähköinen palautejärjestelmä otettiin käyttöön maaliskuussa.' },
          },
        ],
      },
      {
        unitKey: 'central-administration',
        title: {
          fi: 'Jokainen työyhteisö käy REAL-dialogin',
          sv: 'Varje arbetsgemenskap för REAL-dialogen',
          en: 'Every work community holds the REAL dialogue',
        },
        indicators: [
          {
            name: {
              fi: 'REAL-dialogin käyneet työyhteisöt',
              sv: 'Arbetsgemenskaper som fört REAL-dialogen',
              en: 'Work communities that held the REAL dialogue',
            },
            definition: {
              fi: 'Osuus kaupungin työyhteisöistä, jotka ovat käyneet REAL-yhteisödialogin ja kirjanneet sen tulokset.',
              sv: 'Andelen av stadens arbetsgemenskaper som fört REAL-dialogen och dokumenterat dess resultat.',
              en: "The share of the city's work communities that held the REAL community dialogue and recorded its outcomes.",
            },
            measureUnit: '%',
            direction: 'up',
            sourceKind: 'manual',
            sourceCode: null,
            baseline: 0,
            targets: { 2014: 60, 2015: 100 },
            actual: { value: 35, comment: 'Dialogityökalun käyttöönotto viivästyi; kevään kierros jatkuu syksyyn.' },
          },
        ],
      },
    ],
  },
  {
    title: { fi: 'Hyvän arjen Rauma', sv: 'Raumo för ett gott vardagsliv', en: 'A Rauma of good everyday life' },
    description: {
      fi: 'Asuminen, työ, peruspalvelut ja vapaa-aika tukevat kaikenikäisten hyvää arkea, nuorista ikäihmisiin.',
      sv: 'Boende, arbete, basservice och fritid stöder ett gott vardagsliv för alla åldrar, från unga till äldre.',
      en: 'Housing, work, basic services and leisure support a good everyday life for all ages, from the young to the elderly.',
    },
    objectives: [
      {
        unitKey: 'social-and-health',
        title: {
          fi: 'Ikäihmiset asuvat kotonaan turvallisesti',
          sv: 'Äldre bor tryggt hemma',
          en: 'Older people live safely at home',
        },
        indicators: [
          {
            name: {
              fi: 'Kotona asuvat 75 vuotta täyttäneet',
              sv: 'Personer som fyllt 75 år och bor hemma',
              en: 'People aged 75 or over living at home',
            },
            definition: {
              fi: 'Kotona asuvien osuus 75 vuotta täyttäneistä (THL Sotkanet).',
              sv: 'Andelen som bor hemma av dem som fyllt 75 år (THL Sotkanet).',
              en: 'The share living at home of those aged 75 or over (THL Sotkanet).',
            },
            measureUnit: '%',
            direction: 'up',
            sourceKind: 'statistic',
            sourceCode: 'sotkanet:3214',
            baseline: 89.6,
            targets: { 2014: 90.5, 2015: 91.5 },
          },
        ],
      },
      {
        unitKey: 'leisure-services',
        title: {
          fi: 'Nuoret liikkuvat ja harrastavat',
          sv: 'Unga rör på sig och har hobbyer',
          en: 'Young people exercise and have hobbies',
        },
        indicators: [
          {
            name: { fi: 'Nuorisotilojen käyntikerrat', sv: 'Besök på ungdomslokaler', en: 'Visits to youth centres' },
            definition: {
              fi: 'Nuorisotilojen käyntikerrat vuodessa.',
              sv: 'Antalet besök på ungdomslokalerna per år.',
              en: 'The number of visits to youth centres a year.',
            },
            measureUnit: 'käyntiä',
            direction: 'up',
            sourceKind: 'manual',
            sourceCode: null,
            baseline: 21000,
            targets: { 2014: 23000, 2015: 25000 },
          },
        ],
      },
    ],
  },
];

/** The first reporting round of the follow-up calendar: its deadline passed with two departments not reported. */
export const raumaRound = {
  name: { fi: 'Kevät 2014', sv: 'Våren 2014', en: 'Spring 2014' },
  year: 2014,
  opensOn: '2014-04-01',
  dueOn: '2014-04-30',
} as const;

/** The demo's measure (toimenpide) of every objective, owned by the objective's owner: the year's plan, done. */
export const raumaMeasure = {
  title: {
    fi: 'Toimenpidesuunnitelma vuodelle 2014',
    sv: 'Åtgärdsplan för 2014',
    en: 'Plan of measures for 2014',
  },
  dueOn: '2014-02-28',
  status: 'done',
} as const;
