/** The RAUMAVIISAAT future workshop of 8 March 2013 as demo data: notes written for the demo, in Finnish. */
import type { LocalizedText } from '../../platform/i18n/locales.ts';

/** A demo cluster: its name, its notes (a note's duplicates after it, marked), and the dots it got. */
export interface DemoCluster {
  name: string | null;
  notes: Array<{ text: string; duplicateOf?: number }>;
  dots: number;
}

/** One prompt of the demo with each table's clusters (a null name: the notes left outside clusters). */
export interface DemoPrompt {
  text: LocalizedText;
  tables: DemoCluster[][];
}

/** The two tables (pöydät) of the demo, seven sector representatives at each. */
export const DEMO_TABLES = ['Pöytä 1', 'Pöytä 2'];

/** Participants per table. */
export const DEMO_PARTICIPANTS_PER_TABLE = 7;

/** The three prompts of the day, with what the tables wrote, clustered and dotted. */
export const DEMO_PROMPTS: DemoPrompt[] = [
  {
    text: {
      fi: 'Rauma eilen, tänään ja tulevaisuudessa',
      sv: 'Raumo i går, i dag och i framtiden',
      en: 'Rauma yesterday, today and in the future',
    },
    tables: [
      [
        {
          name: 'Meri ja satama',
          dots: 12,
          notes: [
            { text: 'Satama on ollut Rauman sydän purjelaivojen ajoista asti.' },
            { text: 'Telakka ja paperiteollisuus rakensivat Rauman hyvinvoinnin.' },
            { text: 'Tulevaisuudessa satama yhdistää Rauman maailmaan entistä vahvemmin.' },
          ],
        },
        {
          name: 'Vanha Rauma ja pitsi',
          dots: 10,
          notes: [
            { text: 'Vanha Rauma on elävä maailmanperintökohde, jossa ihmiset asuvat.' },
            { text: 'Vanha Rauma on ainutlaatuinen – siellä asutaan yhä.', duplicateOf: 0 },
            { text: 'Pitsiviikko ja rauman giäl tekevät meistä tunnistettavia.' },
          ],
        },
        { name: null, dots: 3, notes: [{ text: 'Tänään Rauma on turvallinen ja sopivan kokoinen kaupunki.' }] },
      ],
      [
        {
          name: 'Työ ja osaaminen',
          dots: 13,
          notes: [
            { text: 'Eilen teollisuus työllisti koko suvun.' },
            { text: 'Tänään tarvitaan uudenlaista osaamista ja yrittäjyyttä.' },
            { text: 'Tulevaisuudessa korkeakouluyhteistyö tuo nuoria kaupunkiin.' },
          ],
        },
        {
          name: 'Arki ja palvelut',
          dots: 8,
          notes: [{ text: 'Palvelut ovat lähellä ja arki on sujuvaa.' }, { text: 'Ikääntyvä väestö tarvitsee uudenlaisia palveluja.' }],
        },
        { name: null, dots: 4, notes: [{ text: 'Rauma on aina ollut ylpeä omasta murteestaan.' }] },
      ],
    ],
  },
  {
    text: { fi: 'Ajan ilmiöt ja mahdollisuudet', sv: 'Tidens fenomen och möjligheter', en: 'Phenomena and opportunities of the time' },
    tables: [
      [
        {
          name: 'Digitalisaatio',
          dots: 9,
          notes: [
            { text: 'Palvelut siirtyvät verkkoon – kaikki eivät pysy mukana.' },
            { text: 'Etätyö mahdollistaa asumisen Raumalla ja työn muualla.' },
          ],
        },
        {
          name: 'Ilmastonmuutos ja energia',
          dots: 14,
          notes: [
            { text: 'Ilmastonmuutos vaatii uusia ratkaisuja energiaan ja liikenteeseen.' },
            { text: 'Uusiutuva energia voi olla Rauman uusi teollisuus.' },
            { text: 'Tuulivoima ja bioenergia ovat mahdollisuus satamakaupungille.', duplicateOf: 1 },
          ],
        },
      ],
      [
        {
          name: 'Väestö muuttuu',
          dots: 11,
          notes: [
            { text: 'Väestö ikääntyy, ja nuoret muuttavat suuriin kaupunkeihin.' },
            { text: 'Maahanmuutto tuo osaajia ja uusia kulttuureja.' },
          ],
        },
        {
          name: 'Yhteisöllisyys',
          dots: 10,
          notes: [
            { text: 'Ihmiset kaipaavat yhteisöllisyyttä ja osallistumista.' },
            { text: 'Vapaaehtoistyö ja järjestöt ovat voimavara.' },
          ],
        },
        { name: null, dots: 2, notes: [{ text: 'Kansainvälinen kilpailu kovenee myös pienillä paikkakunnilla.' }] },
      ],
    ],
  },
  {
    text: { fi: 'Tarinan keskeiset tekijät', sv: 'Berättelsens nyckelfaktorer', en: 'The key factors of the story' },
    tables: [
      [
        {
          name: 'Meri',
          dots: 13,
          notes: [{ text: 'Meri ja satama – Rauma on avoin maailmalle.' }, { text: 'Merellinen luonto ja saaristo ovat vetovoimatekijä.' }],
        },
        {
          name: 'Perinne ja uudistuminen',
          dots: 12,
          notes: [{ text: 'Vanha Rauma ja pitsi – perinne, joka uudistuu.' }, { text: 'Rohkeus kokeilla uutta.' }],
        },
      ],
      [
        {
          name: 'Osaaminen ja työ',
          dots: 12,
          notes: [{ text: 'Osaava työvoima ja vahva teollisuus.' }, { text: 'Yrittäjyys ja uudet työpaikat.' }],
        },
        {
          name: 'Hyvä arki',
          dots: 11,
          notes: [{ text: 'Hyvä arki kaikenikäisille.' }, { text: 'Nuoret ja varttuneet löytävät paikkansa.' }],
        },
        { name: null, dots: 3, notes: [{ text: 'Raumalaisuus: oma murre ja omanlainen huumori.' }] },
      ],
    ],
  },
];

/** The title of each top-level demo unit's management workshop, by unit key (every unit of `raumaUnits` has one). */
export const UNIT_WORKSHOP_TITLES: Record<string, LocalizedText> = {
  'central-administration': {
    fi: 'Konsernipalvelujen johdon työpaja',
    sv: 'Koncerntjänsternas ledningsworkshop',
    en: 'Central administration management workshop',
  },
  'social-and-health': {
    fi: 'Sosiaali- ja terveystoimen johdon työpaja',
    sv: 'Social- och hälsovårdens ledningsworkshop',
    en: 'Social and health services management workshop',
  },
  'education-and-culture': {
    fi: 'Sivistystoimen johdon työpaja',
    sv: 'Bildningsväsendets ledningsworkshop',
    en: 'Education and culture management workshop',
  },
  'technical-services': {
    fi: 'Teknisen toimen johdon työpaja',
    sv: 'Tekniska väsendets ledningsworkshop',
    en: 'Technical services management workshop',
  },
  'environment-and-planning': {
    fi: 'Ympäristön ja kaupunkisuunnittelun johdon työpaja',
    sv: 'Miljö- och stadsplaneringens ledningsworkshop',
    en: 'Environment and planning management workshop',
  },
  'leisure-services': {
    fi: 'Vapaa-aikatoimen johdon työpaja',
    sv: 'Fritidsväsendets ledningsworkshop',
    en: 'Leisure services management workshop',
  },
};

/** What every unit management workshop is for. */
export const UNIT_WORKSHOP_DESCRIPTION: LocalizedText = {
  fi: 'Yksikön johtoryhmä ja työyhteisöt pohtivat, mitä Rauman Tarinan päämäärät tarkoittavat omassa työssä. Vain yksikön ja sen työyhteisöjen henkilöstö voi liittyä.',
  sv: 'Enhetens ledningsgrupp och arbetsgemenskaper funderar på vad målen i Raumos berättelse betyder i det egna arbetet. Endast personalen i enheten och dess arbetsgemenskaper kan ansluta.',
  en: 'The unit’s management team and work communities consider what the goals of Rauma’s Story mean in their own work. Only staff of the unit and its work communities can join.',
};
