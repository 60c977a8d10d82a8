import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { BlockKind, ResponseOutcome } from './tables.ts';

/**
 * The demo's Rauma's Story, 2013. The seed (`seed/rauman-tarina.en.md`) holds the process, not
 * the approved text, so this text is written from the seed's own words: its aims (less paper,
 * more dialogue, a shared direction), the survey's questions (what do you value, what good deed
 * can you do yourself), the stakeholder panel's sectors and the council's value-based goals.
 * Roles only, no personal names.
 */
export interface DemoBlock {
  /** The demo's own name of the block, to address it across versions. */
  name: string;
  kind: BlockKind;
  text: LocalizedText;
}

const heading = (name: string, text: LocalizedText): DemoBlock => ({ name, kind: 'heading', text });
const paragraph = (name: string, text: LocalizedText): DemoBlock => ({ name, kind: 'paragraph', text });

/** Version 1: the draft of June 2013, out for comments in August. */
export const DEMO_VERSION_1: DemoBlock[] = [
  heading('vision-heading', { fi: 'Visio', sv: 'Vision', en: 'Vision' }),
  paragraph('vision', {
    fi: 'Rauma – vanha merikaupunki, joka kirjoittaa tulevaisuutensa yhdessä.',
    sv: 'Raumo – en gammal sjöfartsstad som skriver sin framtid tillsammans.',
    en: 'Rauma – an old seafaring town that writes its future together.',
  }),
  paragraph('story', {
    fi: 'Rauman Tarina syntyi kuntalaisten, yritysten, yhteisöjen, henkilöstön ja päättäjien kanssa: vähemmän paperia, enemmän vuoropuhelua ja yhteinen käsitys siitä, mihin suuntaan kaupunki kulkee.',
    sv: 'Raumos berättelse växte fram tillsammans med invånare, företag, sammanslutningar, personal och beslutsfattare: mindre papper, mer dialog och en gemensam uppfattning om vart staden är på väg.',
    en: "Rauma's Story was written with residents, companies, communities, staff and decision-makers: less paper, more dialogue and a shared understanding of where the city is heading.",
  }),
  heading('values-heading', { fi: 'Arvot', sv: 'Värderingar', en: 'Values' }),
  paragraph('values', {
    fi: 'Toimimme vastuullisesti ja avoimesti, päätämme nopeasti ja rakentavasti, arvostamme henkilöstöämme ja kuulemme kuntalaisia.',
    sv: 'Vi agerar ansvarsfullt och öppet, beslutar snabbt och konstruktivt, uppskattar vår personal och lyssnar på invånarna.',
    en: 'We act responsibly and openly, decide quickly and constructively, value our staff and listen to residents.',
  }),
  heading('goals-heading', { fi: 'Arvopohjaiset päämäärät', sv: 'Värdebaserade mål', en: 'Value-based goals' }),
  paragraph('everyday', {
    fi: '**Hyvä arki kaikenikäisille.** Peruspalvelut ovat lähellä, ja asuminen houkuttelee sekä nuoria perheitä että ikääntyviä.',
    sv: '**En god vardag för alla åldrar.** Basservicen finns nära, och boendet lockar både unga familjer och äldre.',
    en: '**A good everyday life for all ages.** Basic services are close by, and housing attracts young families and older people alike.',
  }),
  paragraph('vitality', {
    fi: '**Elinvoimainen merikaupunki.** Satama, elinkeinot, koulutus ja tutkimus luovat työtä, ja uudet yritykset löytävät Raumalta paikkansa.',
    sv: '**En livskraftig sjöfartsstad.** Hamnen, näringslivet, utbildningen och forskningen skapar arbete, och nya företag hittar sin plats i Raumo.',
    en: '**A vital seafaring town.** The port, business, education and research create work, and new companies find their place in Rauma.',
  }),
  paragraph('culture', {
    fi: '**Kulttuuri kertoo tarinaa.** Vanha Rauma, pitsi ja oma murre tekevät kaupungista tunnetun, ja matkailijat viihtyvät täällä.',
    sv: '**Kulturen berättar.** Gamla Raumo, knypplingen och den egna dialekten gör staden känd, och turisterna trivs här.',
    en: '**Culture tells the story.** Old Rauma, its lace and its own dialect make the city known, and visitors feel at home here.',
  }),
  paragraph('organisation', {
    fi: '**Asiakaslähtöinen kaupunki.** Kaupungin organisaatio on joustava ja reagoi nopeasti, ja se toimii vuoropuhelussa asukkaiden kanssa.',
    sv: '**En kundorienterad stad.** Stadens organisation är flexibel och reagerar snabbt, och den för en dialog med invånarna.',
    en: "**A customer-oriented city.** The city's organisation is flexible, reacts quickly and works in dialogue with residents.",
  }),
];

/** What version 2 (September 2013) changed, by block name; and what it added after a block. */
export const DEMO_VERSION_2_CHANGES: Record<string, LocalizedText> = {
  everyday: {
    fi: '**Hyvä arki kaikenikäisille.** Peruspalvelut ovat lähellä, asuminen houkuttelee sekä nuoria perheitä että ikääntyviä, ja lapsilla ja nuorilla on harrastuksia kävelymatkan päässä.',
    sv: '**En god vardag för alla åldrar.** Basservicen finns nära, boendet lockar både unga familjer och äldre, och barn och unga har fritidsaktiviteter på gångavstånd.',
    en: '**A good everyday life for all ages.** Basic services are close by, housing attracts young families and older people alike, and children and young people have hobbies within walking distance.',
  },
};

/** The block version 2 added after the organisation's paragraph. */
export const DEMO_VERSION_2_ADDED: DemoBlock = paragraph('good-deed', {
  fi: '**Jokainen voi tehdä hyvän teon.** Tarina jatkuu asukkaiden, yhdistysten ja yritysten omina tekoina, ja kaupunki kertoo vuosittain, miten se on edennyt.',
  sv: '**Var och en kan göra en god gärning.** Berättelsen fortsätter i invånarnas, föreningarnas och företagens egna handlingar, och staden berättar varje år hur den har framskridit.',
  en: '**Everyone can do a good deed.** The story continues in the deeds of residents, associations and companies, and the city reports every year how it has progressed.',
});

/** The changelogs of the two versions. */
export const DEMO_CHANGELOGS: [LocalizedText, LocalizedText] = [
  {
    fi: 'Ensimmäinen luonnos kyselyjen, RAUMAVIISAIDEN työpajojen, henkilöstötyöpajan sekä valtuuston ja hallituksen seminaarien pohjalta.',
    sv: 'Första utkastet utifrån enkäterna, RAUMAVIISAATs verkstäder, personalverkstaden samt fullmäktiges och styrelsens seminarier.',
    en: "The first draft, from the surveys, RAUMAVIISAAT's workshops, the staff workshop and the council's and board's seminars.",
  },
  {
    fi: 'Kommenttien pohjalta: lasten ja nuorten harrastukset lisättiin hyvään arkeen, ja uusi kohta kertoo, miten jokainen voi jatkaa tarinaa omilla teoillaan.',
    sv: 'Utifrån kommentarerna: barns och ungas fritidsaktiviteter lades till i den goda vardagen, och en ny del berättar hur var och en kan fortsätta berättelsen med egna handlingar.',
    en: "From the comments: children's and young people's hobbies were added to a good everyday life, and a new paragraph tells how everyone can continue the story through their own deeds.",
  },
];

/** A demo comment: on which paragraph (and passage), by which demo account, and the response it gets. */
export interface DemoComment {
  block: string;
  passage: string | null;
  body: string;
  language: 'fi' | 'sv';
  account: string;
  response: number;
}

/** The comments of August 2013 on version 1. */
export const DEMO_COMMENTS: DemoComment[] = [
  {
    block: 'everyday',
    passage: null,
    body: 'Lasten ja nuorten harrastukset puuttuvat tästä kokonaan. Hyvä arki tarkoittaa perheille myös sitä, että harrastuksiin pääsee ilman autoa.',
    language: 'fi',
    account: 'resident',
    response: 0,
  },
  {
    block: 'everyday',
    passage: null,
    body: 'Barnens fritid borde nämnas här, gärna så att man kan cykla dit.',
    language: 'sv',
    account: 'staff',
    response: 0,
  },
  {
    block: 'vision',
    passage: 'kirjoittaa tulevaisuutensa yhdessä',
    body: 'Hieno ajatus, mutta miten tavallinen asukas pääsee mukaan, kun strategia on hyväksytty?',
    language: 'fi',
    account: 'staff-education',
    response: 1,
  },
  {
    block: 'culture',
    passage: null,
    body: 'Tarinaan pitäisi kirjata uusi uimahalli Vanhan Rauman lähelle.',
    language: 'fi',
    account: 'resident',
    response: 2,
  },
];

/** The editors' official responses, in September 2013; `changed` names the paragraph of version 2 they changed. */
export const DEMO_RESPONSES: Array<{ outcome: ResponseOutcome; changed: string | null; text: LocalizedText }> = [
  {
    outcome: 'taken',
    changed: 'everyday',
    text: {
      fi: 'Otettu huomioon: hyvän arjen kohtaan lisättiin lasten ja nuorten harrastukset kävelymatkan päässä.',
      sv: 'Beaktat: barns och ungas fritidsaktiviteter på gångavstånd lades till i den goda vardagen.',
      en: "Taken into account: children's and young people's hobbies within walking distance were added to a good everyday life.",
    },
  },
  {
    outcome: 'partly',
    changed: 'good-deed',
    text: {
      fi: 'Osittain otettu huomioon: uusi kohta kertoo, miten jokainen voi jatkaa tarinaa, ja kaupunki raportoi edistymisestä vuosittain. Osallistumisen tavat sovitaan hallintokuntien tavoitteissa syksyllä.',
      sv: 'Delvis beaktat: en ny del berättar hur var och en kan fortsätta berättelsen, och staden rapporterar årligen. Sätten att delta bestäms i förvaltningarnas mål under hösten.',
      en: "Partly taken into account: a new paragraph tells how everyone can continue the story, and the city reports on progress every year. The ways of taking part are set in the administrative units' goals in the autumn.",
    },
  },
  {
    outcome: 'out_of_scope',
    changed: null,
    text: {
      fi: 'Ei kuulu strategiaan: yksittäisistä investoinneista päätetään talousarviossa ja investointiohjelmassa. Ehdotus on välitetty liikuntapalveluille.',
      sv: 'Hör inte till strategin: enskilda investeringar beslutas i budgeten och investeringsprogrammet. Förslaget har förmedlats till idrottstjänsterna.',
      en: 'Out of scope: single investments are decided in the budget and the investment programme. The proposal has been passed on to the sports services.',
    },
  },
];

/** The city council's decision on version 2. */
export const DEMO_DECISION = {
  meetingDate: '2013-09-16',
  sectionNumber: '105',
  text: {
    fi: 'Kaupunginvaltuusto hyväksyi Rauman Tarinan kaupungin strategiaksi ja edellytti, että hallintokunnat johtavat siitä omat tavoitteensa ja että strategian toteutumisesta raportoidaan vuosittain.',
    sv: 'Stadsfullmäktige godkände Raumos berättelse som stadens strategi och förutsatte att förvaltningarna härleder sina egna mål ur den och att strategins genomförande rapporteras årligen.',
    en: "The city council approved Rauma's Story as the city's strategy and required that the administrative units derive their own goals from it and that the strategy's progress is reported every year.",
  },
} as const;
