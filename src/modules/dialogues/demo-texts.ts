import type { LocalizedText } from '../../platform/i18n/locales.ts';

/** The May 2013 round's guide (the seed's "REAL community dialogue"), in fi, sv and en. */
export const DEMO_ROUND = {
  title: {
    fi: 'REAL-työyhteisödialogi, toukokuu 2013',
    sv: 'REAL-dialog i arbetsgemenskaperna, maj 2013',
    en: 'REAL work-community dialogue, May 2013',
  } satisfies LocalizedText,
  questions: {
    fi: 'Mitä Rauman Tarinan tavoitteet merkitsevät meidän työssämme?\nMitä teemme toisin?\nMihin sitoudumme?',
    sv: 'Vad betyder målen i Raumos berättelse i vårt arbete?\nVad gör vi annorlunda?\nVad åtar vi oss?',
    en: 'What do the goals of Rauma’s Story mean in our work?\nWhat do we do differently?\nWhat do we commit to?',
  } satisfies LocalizedText,
  groundRules: {
    fi: 'Jokainen puhuu omasta kokemuksestaan.\nKuunnellaan keskeyttämättä.\nEi haeta yhtä oikeaa vastausta.',
    sv: 'Var och en talar utifrån sin egen erfarenhet.\nVi lyssnar utan att avbryta.\nVi söker inte ett enda rätt svar.',
    en: 'Everyone speaks from their own experience.\nWe listen without interrupting.\nWe do not look for one right answer.',
  } satisfies LocalizedText,
  material: {
    fi: 'Rauman Tarinan luonnos ja sen arvopohjaiset tavoitteet.',
    sv: 'Utkastet till Raumos berättelse och dess värdebaserade mål.',
    en: 'The draft of Rauma’s Story and its value-based goals.',
  } satisfies LocalizedText,
  facilitatorNotes: {
    fi: 'Varaa tunti. Lue tarina ääneen alussa. Kirjaa vastaukset ja sitoumukset lyhyesti; nimiä ei tarvita.',
    sv: 'Reservera en timme. Läs berättelsen högt i början. Anteckna svaren och åtagandena kort; inga namn behövs.',
    en: 'Set aside an hour. Read the story aloud at the start. Record the answers and commitments briefly; no names are needed.',
  } satisfies LocalizedText,
};

/** Answers to the three questions, and commitments (what, who by role, by when), that the demo's work communities recorded. */
export const DEMO_RECORDS: Array<{
  answers: [string, string, string];
  commitments: Array<{ what: string; whoRole: string; dueOn: string }>;
}> = [
  {
    answers: [
      'Asukas ensin: palvelu lähtee siitä, mitä kuntalainen tarvitsee, ei omasta organisaatiostamme.',
      'Kysymme palautetta heti asioinnin jälkeen ja kerromme, mitä sille teimme.',
      'Jokainen meistä kokeilee syksyn aikana yhtä uutta tapaa palvella.',
    ],
    commitments: [
      { what: 'Palautekysely jokaisen asioinnin jälkeen', whoRole: 'esihenkilö', dueOn: '2013-09-30' },
      { what: 'Kuukausittainen palaverikäytäntö palautteen läpikäyntiin', whoRole: 'koko työyhteisö', dueOn: '2013-10-31' },
    ],
  },
  {
    answers: [
      'Yhteistyö yli yksikkörajojen: tarina pyytää meitä tekemään yhdessä eikä rinnakkain.',
      'Kutsumme naapuriyksikön mukaan suunnitteluun jo alussa.',
      'Sovimme yhteisen kehittämispäivän toisen työyhteisön kanssa.',
    ],
    commitments: [{ what: 'Yhteinen kehittämispäivä naapuriyksikön kanssa', whoRole: 'tiimin vetäjä', dueOn: '2013-11-15' }],
  },
  {
    answers: [
      'Vähemmän paperia, enemmän keskustelua: kokouksissa puhutaan, ei lueta muistioita.',
      'Korvaamme osan raporteista lyhyillä keskusteluilla.',
      'Kokeilemme seisovia viikkopalavereja.',
    ],
    commitments: [
      { what: 'Seisova viikkopalaveri kokeiluun', whoRole: 'esihenkilö', dueOn: '2013-08-31' },
      { what: 'Yksi raportti vähemmän kvartaalissa', whoRole: 'koko työyhteisö', dueOn: '2013-12-31' },
    ],
  },
];
