/** The Rauma 2013 events as demo data: roles and units only, never personal names. */
import { type DemoAccount, demoAccount } from '../../demo/demo-accounts.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { RegistrationSettings } from './commands/update-registration-settings.ts';
import type { EventInput } from './schemas.ts';

/** One demo event: its details (wall-clock times in Helsinki), audience bodies by key, and registration settings. */
export interface DemoEvent {
  key: string;
  createdAt: string;
  details: Omit<EventInput, 'audienceBodyIds' | 'audienceUnitIds' | 'timelineItemId'>;
  audienceBodyKeys: string[];
  settings: Omit<RegistrationSettings, 'quotas'>;
}

/** Where links in the demo's registrations point. */
export const DEMO_SITE = 'http://localhost:3000';

/** A staff account in a unit whose workshop seats are already taken: registering puts it on the waitlist. */
export const DEMO_STAFF = demoAccount('staff') as DemoAccount & { unitKey: string };

const EMPTY = { fi: '' };
const DIET = { fi: 'Ruokavalio', sv: 'Specialdiet', en: 'Dietary requirements' };
const ACCESSIBILITY = { fi: 'Saavutettavuustarpeet', sv: 'Behov av tillgänglighet', en: 'Accessibility needs' };
const CITY_HALL = {
  fi: 'Rauman kaupungintalo, Kanalinvarsi 1',
  sv: 'Raumo stadshus, Kanalinvarsi 1',
  en: 'Rauma City Hall, Kanalinvarsi 1',
};

/** The three events of the demo, in the order they are created. */
export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: 'raumaviisaat-workshop',
    createdAt: '2013-02-20T08:00:00.000Z',
    details: {
      kind: 'workshop',
      title: { fi: 'RAUMAVIISAAT-tulevaisuustyöpaja', sv: 'Framtidsverkstad för RAUMAVIISAAT', en: 'RAUMAVIISAAT future workshop' },
      description: {
        fi: 'Rauman Tarinan ensimmäinen sysäys: Rauma eilen, tänään ja tulevaisuudessa. Osallistuminen kutsusta, kaksi paikkaa kultakin sektorilta.',
        sv: 'Den första puffen för Raumos berättelse: Raumo i går, i dag och i framtiden. Deltagande på inbjudan, två platser per sektor.',
        en: "The first push for Rauma's Story: Rauma yesterday, today and in the future. By invitation, two seats for each sector.",
      },
      agenda: {
        fi: '- 12.00 Tervetuloa\n- 12.15 Ajan ilmiöt ja mahdollisuudet\n- 13.30 Tarinan avaintekijät pienryhmissä\n- 14.45 Yhteenveto',
        sv: '- 12.00 Välkommen\n- 12.15 Tidens fenomen och möjligheter\n- 13.30 Berättelsens nyckelfaktorer i smågrupper\n- 14.45 Sammanfattning',
        en: "- 12.00 Welcome\n- 12.15 Phenomena and opportunities of the time\n- 13.30 The story's key factors in small groups\n- 14.45 Summing up",
      },
      summary: EMPTY,
      place: CITY_HALL,
      onlineUrl: null,
      startsOn: '2013-03-08',
      startTime: '12:00',
      endsOn: null,
      endTime: '15:00',
      audience: 'bodies',
      responsible: { fi: 'Projektiryhmä', sv: 'Projektgruppen', en: 'Project group' },
      status: 'confirmed',
    },
    audienceBodyKeys: ['raumaviisaat'],
    settings: {
      registrationMode: 'invitation',
      capacity: 30,
      quotaAttribute: 'sector',
      registrationDeadline: '2013-03-05T14:00:00.000Z',
      quotaReleaseAt: null,
      answersRetentionDays: 30,
      questions: [{ id: null, label: DIET, required: false }],
    },
  },
  {
    key: 'staff-workshop',
    createdAt: '2013-02-25T08:00:00.000Z',
    details: {
      kind: 'workshop',
      title: { fi: 'Henkilöstötyöpaja', sv: 'Workshop för personalen', en: 'Staff workshop' },
      description: {
        fi: 'Kaupungin oma henkilöstö osallistuu ja tulee kuulluksi. 70 paikkaa jaetaan hallintokunnille henkilöstömäärän mukaan, ja paikat täytetään ilmoittautumisjärjestyksessä.',
        sv: 'Stadens egen personal deltar och blir hörd. De 70 platserna fördelas på förvaltningarna enligt personalantal och fylls i anmälningsordning.',
        en: "The city's own staff take part and are heard. The 70 seats are shared among the administrative units by headcount and filled in order of registration.",
      },
      agenda: {
        fi: '- 12.00 Mistä Rauman Tarinassa on kyse?\n- 12.30 Työpajat: mitä arvostamme, mitä tavoittelemme\n- 15.30 Yhteinen purku',
        sv: '- 12.00 Vad handlar Raumos berättelse om?\n- 12.30 Workshoppar: vad vi värdesätter, vad vi strävar efter\n- 15.30 Gemensam genomgång',
        en: "- 12.00 What is Rauma's Story about?\n- 12.30 Workshops: what we value, what we aim for\n- 15.30 Reporting back together",
      },
      summary: EMPTY,
      place: { fi: 'Rauman kaupungintalo, valtuustosali', sv: 'Raumo stadshus, fullmäktigesalen', en: 'Rauma City Hall, council chamber' },
      onlineUrl: null,
      startsOn: '2013-03-22',
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
      capacity: 70,
      quotaAttribute: 'unit',
      registrationDeadline: '2013-03-18T14:00:00.000Z',
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
    createdAt: '2013-03-25T08:00:00.000Z',
    details: {
      kind: 'resident_event',
      title: { fi: 'Asukastapahtuma Rauma-päivänä', sv: 'Invånarevenemang på Raumodagen', en: "Residents' event on Rauma Day" },
      description: {
        fi: 'Kerro, mitä arvostat Raumassa ja miten tarinan pitäisi jatkua. Kaikki ovat tervetulleita; ilmoittautuneille varataan istumapaikka keskustelutilaisuuteen.',
        sv: 'Berätta vad du uppskattar i Raumo och hur berättelsen borde fortsätta. Alla är välkomna; de som anmäler sig får en sittplats vid diskussionen.',
        en: 'Tell us what you value in Rauma and how the story should continue. Everyone is welcome; those who register get a seat at the discussion.',
      },
      agenda: EMPTY,
      summary: EMPTY,
      place: { fi: 'Rauman Kauppatori', sv: 'Salutorget i Raumo', en: 'Rauma Market Square' },
      onlineUrl: null,
      startsOn: '2013-04-17',
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
      capacity: 150,
      quotaAttribute: 'none',
      registrationDeadline: '2013-04-15T13:00:00.000Z',
      quotaReleaseAt: null,
      answersRetentionDays: 30,
      questions: [{ id: null, label: ACCESSIBILITY, required: false }],
    },
  },
];

/** How many staff of each unit register for the staff workshop (two units more than their seats). */
const STAFF_DEMAND: Array<{ unitKey: string; label: string; count: number }> = [
  { unitKey: 'central-administration', label: 'Keskushallinto', count: 4 },
  { unitKey: 'social-and-health', label: 'Sosiaali- ja terveystoimi', count: 20 },
  { unitKey: 'education-and-culture', label: 'Sivistystoimi', count: 12 },
  { unitKey: 'technical-services', label: 'Tekninen toimi', count: 4 },
  { unitKey: 'environment-and-planning', label: 'Ympäristö- ja suunnittelutoimi', count: 3 },
  { unitKey: 'leisure-services', label: 'Vapaa-aikatoimi', count: 1 },
];

const LOCALES: Locale[] = ['fi', 'fi', 'fi', 'sv', 'fi', 'en'];

/** The staff workshop's demo registrants, units taking turns so the order mixes them; named by unit and number. */
export const STAFF_WORKSHOP_REGISTRANTS: Array<{ unitKey: string; name: string; email: string; locale: Locale }> = (() => {
  const list: Array<{ unitKey: string; name: string; email: string; locale: Locale }> = [];
  for (let round = 0; list.length < STAFF_DEMAND.reduce((sum, unit) => sum + unit.count, 0); round += 1) {
    for (const unit of STAFF_DEMAND) {
      if (round >= unit.count) continue;
      const number = round + 1;
      const locale = LOCALES[list.length % LOCALES.length] ?? 'fi';
      list.push({
        unitKey: unit.unitKey,
        name: `${unit.label}, työntekijä ${number}`,
        email: `staff-${unit.unitKey}-${number}@demo.tarina.invalid`,
        locale,
      });
    }
  }
  return list;
})();
