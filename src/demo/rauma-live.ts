/**
 * The live demo process: the City of Rauma's next strategy round, "Rauman Tarina jatkuu",
 * running on the day the database is seeded. Every date is counted from the seed clock's
 * today in Helsinki, so a newcomer always meets an open phase, an open survey, open
 * registrations and a workshop to join. Roles only, no personal names.
 */
import type { DemoState } from '../platform/module.ts';
import { fromWallTime, toWallTime } from '../platform/zoned-time.ts';
import type { DemoPhase, DemoPost, DemoProcess, DemoTimelineItem } from './rauma-2013.ts';

const TIME_ZONE = 'Europe/Helsinki';
const DAY_MS = 86_400_000;

/** The live process's slug: its address is /fi/processes/rauman-tarina-jatkuu. */
export const LIVE_PROCESS_SLUG = 'rauman-tarina-jatkuu';

/** The join code of the live process's workshop (typed on a phone at /join). */
export const LIVE_WORKSHOP_CODE = 'JATKUU';

/** The live process's ids in the demo state (`state.live`), filled in by each module's seed in turn. */
export interface LiveDemoState {
  processId: string;
  processSlug: string;
  phaseIdsByKey: Record<string, string>;
  bodyIds: Record<string, string>;
  surveyId?: string;
  eventIds?: Record<string, string>;
  statementChannelId?: string;
  workshopId?: string;
  workshopCode?: string;
}

/** The live process's part of the demo state; throws when the processes seed has not run. */
export function liveState(state: DemoState): LiveDemoState {
  const live = state.live as LiveDemoState | undefined;
  if (!live) throw new Error('the live demo needs the processes demo first');
  return live;
}

/** Dates of the live process, counted in days from the seed day in Helsinki. */
export interface LiveCalendar {
  /** The seed day, 'YYYY-MM-DD' in Helsinki. */
  today: string;
  /** The date `offset` days from today. */
  day(offset: number): string;
  /** The instant of wall-clock `time` ('HH:MM', Helsinki) on the day `offset` days from today. */
  at(offset: number, time: string): Date;
}

/** The calendar of the live process for a seed clock reading. */
export function liveCalendar(now: Date): LiveCalendar {
  const today = toWallTime(now, TIME_ZONE).date;
  const base = Date.parse(`${today}T12:00:00Z`);
  const day = (offset: number) => new Date(base + offset * DAY_MS).toISOString().slice(0, 10);
  const at = (offset: number, time: string) => {
    // The demo's times are daytime hours, which daylight saving never skips.
    const instant = fromWallTime({ date: day(offset), time }, TIME_ZONE);
    if (!instant) throw new Error(`no instant for ${day(offset)} ${time} in ${TIME_ZONE}`);
    return instant;
  };
  return { today, day, at };
}

/** The live process: Rauma's story continues in a new strategy round. */
export const liveProcess: DemoProcess = {
  slug: LIVE_PROCESS_SLUG,
  title: { fi: 'Rauman Tarina jatkuu', sv: 'Raumos berättelse fortsätter', en: 'Rauma’s Story continues' },
  summary: {
    fi: 'Rauma päivittää strategiansa, ja tarina jatkuu: kerro, mitä arvostat ja mitä pitäisi tehdä seuraavaksi. Kysely, kannanotot, työpajat ja asukastilaisuus ovat nyt käynnissä.',
    sv: 'Raumo uppdaterar sin strategi, och berättelsen fortsätter: berätta vad du uppskattar och vad som borde göras härnäst. Enkäten, ställningstagandena, workshopparna och invånarmötet pågår nu.',
    en: 'Rauma is renewing its strategy, and the story continues: tell us what you value and what should happen next. The survey, the statements, the workshops and the residents’ event are open now.',
  },
  story: {
    fi: `## Rauman Tarina jatkuu

Rauma kirjoitti vuonna 2013 strategiansa tarinaksi yhdessä kaupunkilaisten kanssa. Nyt tarinaa jatketaan: kaupunki päivittää strategiansa samalla tavalla, avoimesti ja vuorovaikutuksessa.

Näin voit osallistua nyt:

- Vastaa kyselyyn *Rauman tarina nyt*.
- Ota kantaa väitteisiin ja katso, miten mielipiteet ryhmittyvät.
- Ilmoittaudu asukastilaisuuteen tai – kaupungin työntekijänä – henkilöstötyöpajaan.
- Liity avoimeen tarinatyöpajaan puhelimellasi koodilla JATKUU.

Aineiston pohjalta kaupunginhallitus ja -valtuusto työstävät strategian, ja valtuusto päättää siitä.`,
    sv: `## Raumos berättelse fortsätter

År 2013 skrev Raumo sin strategi som en berättelse tillsammans med invånarna. Nu fortsätter berättelsen: staden uppdaterar sin strategi på samma sätt, öppet och i dialog.

Så här kan du delta nu:

- Svara på enkäten *Raumos berättelse nu*.
- Ta ställning till påståendena och se hur åsikterna grupperar sig.
- Anmäl dig till invånarmötet eller – som anställd i staden – till personalens workshop.
- Anslut till den öppna berättelseworkshoppen med din telefon och koden JATKUU.

Utifrån materialet bearbetar stadsstyrelsen och stadsfullmäktige strategin, och fullmäktige beslutar om den.`,
    en: `## Rauma’s Story continues

In 2013 Rauma wrote its strategy as a story together with its residents. Now the story continues: the city is renewing its strategy the same way, openly and in dialogue.

How you can take part now:

- Answer the survey *Rauma’s story now*.
- Vote on the statements and see how opinions group.
- Register for the residents’ event or – as a member of the city’s staff – for the staff workshop.
- Join the open story workshop on your phone with the code JATKUU.

From what is gathered, the city board and council shape the strategy, and the council decides on it.`,
  },
  heroImageAlt: null,
};

/** The five phases: start-up finished, voices open now, the rest planned up to the council’s decision and after. */
export function livePhases(calendar: LiveCalendar): DemoPhase[] {
  const { day } = calendar;
  return [
    {
      key: 'start-up',
      title: { fi: 'Käynnistys', sv: 'Start', en: 'Start-up and planning' },
      description: {
        fi: 'Kaupunginhallitus päättää strategian päivittämisestä, johtoryhmä sopii roolit ja viestintäsuunnitelma laaditaan.',
        sv: 'Stadsstyrelsen beslutar att strategin ska uppdateras, ledningsgruppen fördelar rollerna och en kommunikationsplan görs upp.',
        en: 'The city board decides to renew the strategy, the management team agrees on roles and a communications plan is drawn up.',
      },
      startsOn: day(-63),
      endsOn: day(-29),
    },
    {
      key: 'voices',
      title: { fi: 'Äänet kuuluviin', sv: 'Rösterna hörs', en: 'Gathering voices' },
      description: {
        fi: 'Kysely ja kannanotot ovat auki, henkilöstö ja RAUMAVIISAAT kokoontuvat työpajoihin ja asukkaat asukastilaisuuteen.',
        sv: 'Enkäten och ställningstagandena är öppna, personalen och RAUMAVIISAAT samlas till workshoppar och invånarna till ett invånarmöte.',
        en: 'The survey and the statements are open, staff and RAUMAVIISAAT meet in workshops and residents at a residents’ event.',
      },
      startsOn: day(-28),
      endsOn: day(27),
    },
    {
      key: 'shaping',
      title: { fi: 'Tarinan työstäminen', sv: 'Berättelsen tar form', en: 'Shaping the story' },
      description: {
        fi: 'Kaupunginhallitus ja -valtuusto työstävät strategialuonnosta seminaareissaan kerätyn aineiston pohjalta.',
        sv: 'Stadsstyrelsen och stadsfullmäktige bearbetar strategiutkastet på sina seminarier utifrån det insamlade materialet.',
        en: 'The city board and council work on the draft strategy in their seminars, from what was gathered.',
      },
      startsOn: day(28),
      endsOn: day(90),
    },
    {
      key: 'decision',
      title: { fi: 'Päätös', sv: 'Beslut', en: 'Decision' },
      description: {
        fi: 'Strategia viimeistellään, ja kaupunginvaltuusto päättää siitä.',
        sv: 'Strategin färdigställs, och stadsfullmäktige beslutar om den.',
        en: 'The strategy is finalised, and the city council decides on it.',
      },
      startsOn: day(91),
      endsOn: day(150),
    },
    {
      key: 'ownership',
      title: { fi: 'Tarina arkeen', sv: 'Berättelsen i vardagen', en: 'Taking ownership' },
      description: {
        fi: 'Hallintokunnat johtavat strategiasta tavoitteensa, ja työstä kerrotaan, mitä siitä seurasi.',
        sv: 'Förvaltningarna härleder sina mål ur strategin, och det berättas vad arbetet ledde till.',
        en: 'The administrative units derive their goals from the strategy, and a report tells what came of the work.',
      },
      startsOn: day(151),
      endsOn: day(240),
    },
  ];
}

/** Offsets of the live process's days, shared by the timeline and the seeds that link to it. */
export const LIVE_DAYS = {
  boardDecision: -63,
  launch: -28,
  panelWorkshop: -14,
  storyWorkshop: 0,
  staffWorkshop: 10,
  residentsEvent: 17,
  councilSeminar: 45,
  boardSeminar: 60,
  councilDecision: 120,
  ownership: 151,
} as const;

type Row = Omit<DemoTimelineItem, 'startsOn' | 'endsOn' | 'datePrecision'> & { offset: number; until?: number };

const LIVE_TIMELINE: Row[] = [
  {
    key: 'board-decision',
    phaseKey: 'start-up',
    offset: LIVE_DAYS.boardDecision,
    startTime: null,
    endTime: null,
    kind: 'decision',
    title: {
      fi: 'Kaupunginhallitus käynnistää päivityksen',
      sv: 'Stadsstyrelsen inleder uppdateringen',
      en: 'City board starts the renewal',
    },
    purpose: {
      fi: 'Päätös strategian päivittämisestä ja työn etenemissuunnitelma.',
      sv: 'Beslut om att uppdatera strategin och planen för arbetet.',
      en: 'The decision to renew the strategy and the plan of work.',
    },
    responsible: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen', en: 'City board' },
    audienceBodyKeys: ['board'],
  },
  {
    key: 'launch',
    phaseKey: 'voices',
    offset: LIVE_DAYS.launch,
    startTime: '09:00',
    endTime: null,
    kind: 'communication',
    title: { fi: 'Kysely ja kannanotot avautuvat', sv: 'Enkäten och ställningstagandena öppnas', en: 'Survey and statements open' },
    purpose: {
      fi: 'Mediatiedote ja osallistumissivuston uusi kierros.',
      sv: 'Pressmeddelande och en ny omgång på webbplatsen för delaktighet.',
      en: 'A media release and a new round on the participation site.',
    },
    responsible: { fi: 'Viestintä ja projektiryhmä', sv: 'Kommunikationen och projektgruppen', en: 'Communications and project group' },
    audienceBodyKeys: ['residents'],
  },
  {
    key: 'raumaviisaat-workshop',
    phaseKey: 'voices',
    offset: LIVE_DAYS.panelWorkshop,
    startTime: '12:00',
    endTime: '15:00',
    kind: 'workshop',
    title: { fi: 'RAUMAVIISAAT-työpaja', sv: 'Workshop för RAUMAVIISAAT', en: 'RAUMAVIISAAT workshop' },
    purpose: {
      fi: 'Sidosryhmät arvioivat, mikä vuoden 2013 tarinasta on toteutunut ja mitä seuraavaksi.',
      sv: 'Intressegrupperna bedömer vad som förverkligats av berättelsen från 2013 och vad som kommer härnäst.',
      en: 'The stakeholders judge what came true of the 2013 story and what comes next.',
    },
    responsible: { fi: 'Projektiryhmä', sv: 'Projektgruppen', en: 'Project group' },
    audienceBodyKeys: ['raumaviisaat'],
  },
  {
    key: 'story-workshop',
    phaseKey: 'voices',
    offset: LIVE_DAYS.storyWorkshop,
    startTime: '17:00',
    endTime: '19:00',
    kind: 'workshop',
    title: { fi: 'Avoin tarinatyöpaja', sv: 'Öppen berättelseworkshop', en: 'Open story workshop' },
    purpose: {
      fi: 'Kuka tahansa voi liittyä puhelimella koodilla JATKUU ja kirjoittaa ajatuksensa seinälle.',
      sv: 'Vem som helst kan ansluta med telefonen och koden JATKUU och skriva sina tankar på väggen.',
      en: 'Anyone can join on a phone with the code JATKUU and write their thoughts on the wall.',
    },
    responsible: { fi: 'Fasilitaattori', sv: 'Facilitatorn', en: 'Facilitator' },
    audienceBodyKeys: ['residents'],
  },
  {
    key: 'staff-workshop',
    phaseKey: 'voices',
    offset: LIVE_DAYS.staffWorkshop,
    startTime: '12:00',
    endTime: '16:00',
    kind: 'workshop',
    title: { fi: 'Henkilöstötyöpaja', sv: 'Workshop för personalen', en: 'Staff workshop' },
    purpose: {
      fi: 'Henkilöstö työstää strategian tavoitteita; paikat jaetaan hallintokunnille henkilöstömäärän mukaan.',
      sv: 'Personalen bearbetar strategins mål; platserna fördelas på förvaltningarna enligt personalantal.',
      en: 'Staff work on the strategy’s goals; the seats are shared among the units by headcount.',
    },
    responsible: { fi: 'Projektiryhmä ja henkilöstöhallinto', sv: 'Projektgruppen och personalförvaltningen', en: 'Project group and HR' },
    audienceBodyKeys: ['staff'],
  },
  {
    key: 'residents-event',
    phaseKey: 'voices',
    offset: LIVE_DAYS.residentsEvent,
    startTime: '14:00',
    endTime: '18:00',
    kind: 'resident_event',
    title: { fi: 'Asukastilaisuus: tarina jatkuu', sv: 'Invånarmöte: berättelsen fortsätter', en: 'Residents’ event: the story continues' },
    purpose: {
      fi: 'Kaupunkilaiset keskustelevat kyselyn ja kannanottojen tuloksista päättäjien kanssa.',
      sv: 'Invånarna diskuterar enkätens och ställningstagandenas resultat med beslutsfattarna.',
      en: 'Residents discuss the results of the survey and the statements with decision-makers.',
    },
    responsible: { fi: 'Viestintä ja projektiryhmä', sv: 'Kommunikationen och projektgruppen', en: 'Communications and project group' },
    audienceBodyKeys: ['residents'],
  },
  {
    key: 'council-seminar',
    phaseKey: 'shaping',
    offset: LIVE_DAYS.councilSeminar,
    startTime: '09:00',
    endTime: '15:00',
    kind: 'seminar',
    title: {
      fi: 'Kaupunginvaltuuston strategiaseminaari',
      sv: 'Stadsfullmäktiges strategiseminarium',
      en: 'City council strategy seminar',
    },
    purpose: {
      fi: 'Valtuutetut työstävät strategialuonnosta kerätyn aineiston pohjalta.',
      sv: 'Ledamöterna bearbetar strategiutkastet utifrån det insamlade materialet.',
      en: 'Councillors work on the draft strategy from what was gathered.',
    },
    responsible: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige', en: 'City council' },
    audienceBodyKeys: ['council'],
  },
  {
    key: 'board-seminar',
    phaseKey: 'shaping',
    offset: LIVE_DAYS.boardSeminar,
    startTime: '09:00',
    endTime: '15:00',
    kind: 'seminar',
    title: { fi: 'Kaupunginhallituksen seminaari', sv: 'Stadsstyrelsens seminarium', en: 'City board seminar' },
    purpose: {
      fi: 'Strategian päämäärät ja mittarit jäsennetään päätettäviksi.',
      sv: 'Strategins mål och mätare struktureras för beslut.',
      en: 'The strategy’s goals and measures are put in shape for decision.',
    },
    responsible: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen', en: 'City board' },
    audienceBodyKeys: ['board'],
  },
  {
    key: 'council-decision',
    phaseKey: 'decision',
    offset: LIVE_DAYS.councilDecision,
    startTime: '17:00',
    endTime: null,
    kind: 'decision',
    title: {
      fi: 'Kaupunginvaltuusto hyväksyy strategian',
      sv: 'Stadsfullmäktige godkänner strategin',
      en: 'City council approves the strategy',
    },
    purpose: {
      fi: 'Päivitetty strategia päätetään valtuuston kokouksessa.',
      sv: 'Den uppdaterade strategin beslutas vid fullmäktiges möte.',
      en: 'The renewed strategy is decided at the council meeting.',
    },
    responsible: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige', en: 'City council' },
    audienceBodyKeys: ['council'],
  },
  {
    key: 'ownership',
    phaseKey: 'ownership',
    offset: LIVE_DAYS.ownership,
    until: 240,
    startTime: null,
    endTime: null,
    kind: 'ownership',
    title: {
      fi: 'Hallintokunnat ottavat strategian omakseen',
      sv: 'Förvaltningarna tar strategin till sig',
      en: 'Units take ownership of the strategy',
    },
    purpose: {
      fi: 'Tavoitteet johdetaan strategiasta jokaiseen hallintokuntaan.',
      sv: 'Målen härleds ur strategin till varje förvaltning.',
      en: 'Goals are derived from the strategy in every unit.',
    },
    responsible: { fi: 'Hallintokunnat', sv: 'Förvaltningarna', en: 'Administrative units' },
    audienceBodyKeys: ['staff'],
  },
];

/** The live process's timeline, its dates counted from today. */
export function liveTimeline(calendar: LiveCalendar): DemoTimelineItem[] {
  return LIVE_TIMELINE.map(({ offset, until, ...row }) => ({
    ...row,
    startsOn: calendar.day(offset),
    endsOn: until === undefined ? null : calendar.day(until),
    datePrecision: 'day',
  }));
}

/** The media release that opened the new round, and a blog post from the RAUMAVIISAAT workshop. */
export function livePosts(calendar: LiveCalendar): DemoPost[] {
  return [
    {
      slug: 'rauman-tarina-jatkuu',
      kind: 'media_release',
      phaseKey: 'voices',
      publishedAt: calendar.at(LIVE_DAYS.launch, '09:00').toISOString(),
      title: {
        fi: 'Rauman Tarina jatkuu – kerro, mitä seuraavaksi',
        sv: 'Raumos berättelse fortsätter – berätta vad som kommer härnäst',
        en: 'Rauma’s Story continues – tell us what comes next',
      },
      summary: {
        fi: 'Rauma päivittää strategiansa yhdessä kaupunkilaisten, henkilöstön ja päättäjien kanssa. Kysely ja kannanotot ovat auki.',
        sv: 'Raumo uppdaterar sin strategi tillsammans med invånarna, personalen och beslutsfattarna. Enkäten och ställningstagandena är öppna.',
        en: 'Rauma is renewing its strategy together with residents, staff and decision-makers. The survey and the statements are open.',
      },
      body: {
        fi: `Rauman kaupunki päivittää strategiansa, ja vuonna 2013 aloitettu Rauman Tarina jatkuu. Kaupunki kutsuu kaikki mukaan kertomaan, mikä tarinasta on toteutunut ja mitä pitäisi tehdä seuraavaksi.

– Tarina ei ole valmis asiakirja vaan yhteinen suunta. Siksi kysymme taas kaupunkilaisilta, kaupunginjohtaja sanoo.

Osallistua voi verkossa kyselyyn ja kannanottoihin, avoimessa tarinatyöpajassa sekä asukastilaisuudessa. Kaupungin henkilöstö kokoontuu omaan työpajaansa.`,
        sv: `Raumo stad uppdaterar sin strategi, och Raumos berättelse som inleddes 2013 fortsätter. Staden bjuder in alla att berätta vad som har förverkligats och vad som borde göras härnäst.

– Berättelsen är inget färdigt dokument utan en gemensam riktning. Därför frågar vi invånarna igen, säger stadsdirektören.

Man kan delta på webben i enkäten och ställningstagandena, i den öppna berättelseworkshoppen och på invånarmötet. Stadens personal samlas till en egen workshop.`,
        en: `The City of Rauma is renewing its strategy, and Rauma’s Story, begun in 2013, continues. The city invites everyone to say what has come true and what should happen next.

– The story is not a finished document but a shared direction. That is why we are asking residents again, says the mayor.

You can take part online in the survey and the statements, in the open story workshop and at the residents’ event. The city’s staff meet in a workshop of their own.`,
      },
    },
    {
      slug: 'raumaviisaat-arvioivat-tarinaa',
      kind: 'blog',
      phaseKey: 'voices',
      publishedAt: calendar.at(LIVE_DAYS.panelWorkshop + 2, '10:00').toISOString(),
      title: { fi: 'RAUMAVIISAAT arvioivat tarinaa', sv: 'RAUMAVIISAAT bedömer berättelsen', en: 'RAUMAVIISAAT review the story' },
      summary: {
        fi: 'Sidosryhmien työpajassa kysyttiin, mikä vuoden 2013 tarinasta on toteutunut.',
        sv: 'I intressegruppernas workshop frågades vad som har förverkligats av berättelsen från 2013.',
        en: 'The stakeholders’ workshop asked what has come true of the 2013 story.',
      },
      body: {
        fi: 'RAUMAVIISAAT kokoontuivat kahdentoista sektorin edustajin. Vanha Rauma, meri ja yhteisöllisyys nousivat taas vahvuuksiksi; työpaikat, palvelut lähellä ja nuorten pysyminen kaupungissa seuraaviksi tehtäviksi. Strategiakoordinaattori kokoaa tulokset asukastilaisuuteen.',
        sv: 'RAUMAVIISAAT samlades med företrädare för tolv sektorer. Gamla Raumo, havet och gemenskapen lyftes åter fram som styrkor; arbetsplatser, service nära och att de unga stannar kvar som nästa uppgifter. Strategikoordinatorn sammanställer resultaten till invånarmötet.',
        en: 'RAUMAVIISAAT met with representatives of twelve sectors. Old Rauma, the sea and community came up again as strengths; jobs, services close by and keeping the young in town as the next tasks. The strategy coordinator gathers the results for the residents’ event.',
      },
    },
  ];
}
