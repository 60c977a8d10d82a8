/** The live round's events: the staff workshop and the residents' event, dated from the seed day. Roles and units only. */
import { LIVE_DAYS, type LiveCalendar } from '../../demo/rauma-live.ts';
import type { DemoEvent } from './demo-events.ts';

const EMPTY = { fi: '' };
const DIET = { fi: 'Ruokavalio', sv: 'Specialdiet', en: 'Dietary requirements' };
const ACCESSIBILITY = { fi: 'Saavutettavuustarpeet', sv: 'Behov av tillgänglighet', en: 'Accessibility needs' };

/** Seats of the live staff workshop, shared among the units by headcount. */
export const LIVE_STAFF_SEATS = 60;

/** The unit whose seats the demo fills, so that its staff account lands on the waitlist (as in 2013). */
export const LIVE_FULL_UNIT = 'environment-and-planning';

/** The two events of the live round, registration open in both on the seed day. */
export function liveEvents(calendar: LiveCalendar): DemoEvent[] {
  const createdAt = calendar.at(LIVE_DAYS.launch - 2, '10:00').toISOString();
  return [
    {
      key: 'staff-workshop',
      createdAt,
      details: {
        kind: 'workshop',
        title: {
          fi: 'Henkilöstötyöpaja: tarina jatkuu',
          sv: 'Workshop för personalen: berättelsen fortsätter',
          en: 'Staff workshop: the story continues',
        },
        description: {
          fi: 'Kaupungin henkilöstö työstää strategian tavoitteita. 60 paikkaa jaetaan hallintokunnille henkilöstömäärän mukaan, ja ne täytetään ilmoittautumisjärjestyksessä.',
          sv: 'Stadens personal bearbetar strategins mål. De 60 platserna fördelas på förvaltningarna enligt personalantal och fylls i anmälningsordning.',
          en: 'The city’s staff work on the strategy’s goals. The 60 seats are shared among the units by headcount and filled in order of registration.',
        },
        agenda: {
          fi: '- 12.00 Mitä vuoden 2013 tarinasta on toteutunut?\n- 12.30 Työpajat: mitä tavoittelemme seuraavaksi\n- 15.30 Yhteinen purku',
          sv: '- 12.00 Vad har förverkligats av berättelsen från 2013?\n- 12.30 Workshoppar: vad vi strävar efter härnäst\n- 15.30 Gemensam genomgång',
          en: '- 12.00 What came true of the 2013 story?\n- 12.30 Workshops: what we aim for next\n- 15.30 Reporting back together',
        },
        summary: EMPTY,
        place: {
          fi: 'Rauman kaupungintalo, valtuustosali',
          sv: 'Raumo stadshus, fullmäktigesalen',
          en: 'Rauma City Hall, council chamber',
        },
        onlineUrl: null,
        startsOn: calendar.day(LIVE_DAYS.staffWorkshop),
        startTime: '12:00',
        endsOn: null,
        endTime: '16:00',
        audience: 'staff',
        responsible: {
          fi: 'Projektiryhmä ja henkilöstöhallinto',
          sv: 'Projektgruppen och personalförvaltningen',
          en: 'Project group and HR',
        },
        status: 'confirmed',
      },
      audienceBodyKeys: [],
      settings: {
        registrationMode: 'staff',
        capacity: LIVE_STAFF_SEATS,
        quotaAttribute: 'unit',
        registrationDeadline: calendar.at(LIVE_DAYS.staffWorkshop - 3, '16:00').toISOString(),
        quotaReleaseAt: null,
        answersRetentionDays: 30,
        questions: [
          { id: null, label: DIET, required: false },
          { id: null, label: ACCESSIBILITY, required: false },
        ],
      },
    },
    {
      key: 'residents-event',
      createdAt,
      details: {
        kind: 'resident_event',
        title: {
          fi: 'Asukastilaisuus: tarina jatkuu',
          sv: 'Invånarmöte: berättelsen fortsätter',
          en: 'Residents’ event: the story continues',
        },
        description: {
          fi: 'Keskustele kyselyn ja kannanottojen tuloksista kaupunginjohtajan ja valtuutettujen kanssa. Kaikki ovat tervetulleita; ilmoittautuneille varataan istumapaikka.',
          sv: 'Diskutera enkätens och ställningstagandenas resultat med stadsdirektören och fullmäktigeledamöterna. Alla är välkomna; de som anmäler sig får en sittplats.',
          en: 'Discuss the results of the survey and the statements with the mayor and councillors. Everyone is welcome; those who register get a seat.',
        },
        agenda: EMPTY,
        summary: EMPTY,
        place: { fi: 'Rauman pääkirjasto', sv: 'Raumo huvudbibliotek', en: 'Rauma Main Library' },
        onlineUrl: null,
        startsOn: calendar.day(LIVE_DAYS.residentsEvent),
        startTime: '14:00',
        endsOn: null,
        endTime: '18:00',
        audience: 'public',
        responsible: { fi: 'Viestintä ja projektiryhmä', sv: 'Kommunikationen och projektgruppen', en: 'Communications and project group' },
        status: 'confirmed',
      },
      audienceBodyKeys: ['residents'],
      settings: {
        registrationMode: 'open',
        capacity: 120,
        quotaAttribute: 'none',
        registrationDeadline: calendar.at(LIVE_DAYS.residentsEvent - 1, '16:00').toISOString(),
        quotaReleaseAt: null,
        answersRetentionDays: 30,
        questions: [{ id: null, label: ACCESSIBILITY, required: false }],
      },
    },
  ];
}
