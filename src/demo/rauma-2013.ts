/** The Rauma 2013 strategy process ("Rauman Tarina") as demo data: roles only, no personal names. */
import type { LocalizedText } from '../platform/i18n/locales.ts';

/** The demo process itself: its identity and its long-form story. */
export interface DemoProcess {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  story: LocalizedText;
  heroImageAlt: LocalizedText | null;
}

/** One phase of the process, with inclusive ISO dates. */
export interface DemoPhase {
  key: string;
  title: LocalizedText;
  description: LocalizedText;
  startsOn: string;
  endsOn: string;
}

/** The kinds of body that take part in a process. */
export type DemoBodyKind =
  | 'council'
  | 'board'
  | 'steering_group'
  | 'coordination_group'
  | 'project_group'
  | 'stakeholder_panel'
  | 'staff'
  | 'residents'
  | 'other';

/** A member of a body, given by position only (never by name). */
export interface DemoMember {
  position: LocalizedText;
  responsibility: LocalizedText;
}

/** A sector a stakeholder panel draws its members from. */
export interface DemoSector {
  key: string;
  name: LocalizedText;
}

/** A body of the project organisation, linked to its parent by key. */
export interface DemoBody {
  key: string;
  kind: DemoBodyKind;
  name: LocalizedText;
  description: LocalizedText;
  parentKey: string | null;
  members: DemoMember[];
  sectors: DemoSector[];
}

/** A unit of the city organisation: a department with its work communities beneath. */
export interface DemoUnit {
  key: string;
  name: LocalizedText;
  headcount: number;
  children: DemoUnit[];
}

/** How precisely a timeline item's dates are known. */
export type DemoDatePrecision = 'day' | 'month' | 'season';

/** The kinds of event on the process timeline. */
export type DemoTimelineKind =
  | 'information'
  | 'meeting'
  | 'communication'
  | 'workshop'
  | 'seminar'
  | 'resident_event'
  | 'decision'
  | 'ownership';

/** One row of the process timeline, with its audience given as body keys. */
export interface DemoTimelineItem {
  key: string;
  phaseKey: string;
  startsOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  datePrecision: DemoDatePrecision;
  kind: DemoTimelineKind;
  title: LocalizedText;
  purpose: LocalizedText;
  responsible: LocalizedText;
  audienceBodyKeys: string[];
}

/** A blog post or media release published during the process. */
export interface DemoPost {
  slug: string;
  kind: 'blog' | 'media_release';
  phaseKey: string;
  publishedAt: string;
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
}

/** A static page of the participation site (Markdown body). */
export interface DemoPage {
  slug: string;
  title: LocalizedText;
  body: LocalizedText;
}

/** Rauma's 2013 strategy process, "Rauman Tarina" (Rauma's Story). */
export const raumaProcess: DemoProcess = {
  slug: 'rauman-tarina',
  title: {
    fi: 'Rauman Tarina',
    sv: 'Raumos berättelse',
    en: "Rauma's Story",
  },
  summary: {
    fi: 'Rauma kirjoittaa vuonna 2013 strategiansa tarinaksi yhdessä asukkaiden, yritysten, yhteisöjen, henkilöstön ja päättäjien kanssa: vähemmän paperia, enemmän vuorovaikutusta ja yhteinen suunta tulevaisuuteen.',
    sv: 'År 2013 skriver Raumo sin strategi som en berättelse tillsammans med invånare, företag, sammanslutningar, personal och beslutsfattare: mindre papper, mer dialog och en gemensam riktning för framtiden.',
    en: 'In 2013 Rauma writes its strategy as a story together with residents, companies, communities, staff and decision-makers: less paper, more dialogue and a shared direction for the future.',
  },
  story: {
    fi: `## Koko kaupunki mukaan Rauman tulevaisuuden tarinaan

Rauman Tarina on Rauman kaupungin strategiatyö vuonna 2013. Paksun strategia-asiakirjan sijaan kaupunki kirjoittaa tulevaisuudestaan tarinan yhdessä asukkaiden, yritysten, yhteisöjen ja oman henkilöstönsä kanssa. Tavoitteena on

- kehittää Raumaa asukkaiden, yritysten, yhteisöjen ja kaupunkiorganisaation yhteistyöllä
- saada mahdollisimman moni mukaan tulevaisuustyöhön – ei tarkkaa ylhäältä alas -suunnittelua
- luoda yhteinen käsitys tulevaisuuden suunnasta – vähemmän tarkkoja yksityiskohtia
- synnyttää vuorovaikutusta ja yhteistä tahtotilaa – vähemmän paperia ja asiakirjoja
- kokeilla uudenlaista tekemisen tapaa, jossa keskeistä ovat dialogi ja innovatiivisuus
- rakentaa asiakaslähtöistä, joustavaa ja nopeasti reagoivaa toimintakulttuuria.

Tästä syntyy Rauman Tarina.

## Neljä tapaa olla mukana

### 1. Kaikki raumalaiset mukaan

Kaupungin kehittämisfoorumille avataan Rauman Tarinan avoin osallistumissivusto. Prosessin aikana tehdään verkkokyselyjä. *Rauman Tarina tänään* kysyy, mitä arvostat Raumassa eniten. *Rauman Tarina tulevaisuudessa* kysyy, miten tarinan pitäisi mielestäsi jatkua, mitä tärkeää pitäisi tapahtua, mitä tekoja meidän pitäisi tehdä yhdessä, jotta hyvä tarina toteutuu, ja minkä hyvän teon voit itse tehdä. Sivustolla kerrotaan työn etenemisestä ja tapahtumista, ja blogi seuraa tarinan rakentumista vaihe vaiheelta. Asukastapahtuma järjestetään Rauma-päivän yhteydessä 17. huhtikuuta.

### 2. RAUMAVIISAAT-tulevaisuustyöpajat

RAUMAVIISAAT ovat eri sidosryhmien edustajia kahdeltatoista sektorilta asumisesta ja työllistymisestä mediaan, kansainvälisyyteen sekä markkinointiin ja viestintään. Työpajoissa tarkastellaan Raumaa eilen, tänään ja tulevaisuudessa, tutkitaan ajan ilmiöitä ja mahdollisuuksia ja etsitään tarinan keskeisiä tekijöitä.

### 3. Kaupungin oma organisaatio

Henkilöstötyöpajaan pääsee ilmoittautumisjärjestyksessä 70 ensimmäistä eri hallintokunnista. Hallintokuntien johtoryhmien työpajoissa sitoutetaan erityisesti esimiehet: mitä strategiset päämäärät tarkoittavat omassa työssä? REAL-yhteisödialogissa kaikki työyhteisöt käyvät keskustelua, ja dialogityökalu otetaan käyttöön.

### 4. Päättäjät

Kaupunginvaltuuston ja kaupunginhallituksen seminaareissa tarinaa suunnataan ja linjataan sekä jäsennetään sen arvopohjaisia päämääriä. Seminaarit ovat vuorovaikutteisia, luovia ja yllätyksellisiä. Päättäjät osallistuvat keskusteluun, valmisteluun ja lopulta päätöksentekoon. Polulla kulkee mukana fasilitointikumppani.

## Projektiorganisaatio

- **Kaupunginvaltuusto** työstää tarinaa seminaarissaan ja hyväksyy sen.
- **Kaupunginhallitus** seuraa työn etenemistä ja valmistelee tarinan valtuustolle.
- **Ohjausryhmänä** toimii kaupungin johtoryhmä.
- **Koordinaatioryhmään** kuuluvat kaupunginjohtaja, apulaiskaupunginjohtaja, hallintojohtaja ja suunnittelujohtaja.
- **Projektiryhmässä** ovat projektikoordinaattori, neljä muuta kaupungin edustajaa ja fasilitointikumppanin kaksi konsulttia.
- Rinnalla kulkevat **kuntalaiset**, **RAUMAVIISAAT** ja **kaupungin henkilöstö**.

Työ alkaa helmikuun lopussa, äänet kootaan keväällä, ja kaupunginvaltuusto hyväksyy tarinan elo–syyskuussa. Syksyllä hallintokunnat ottavat tarinan omakseen ja johtavat siitä omat tavoitteensa.`,
    sv: `## Hela staden med i Raumos framtidsberättelse

Raumos berättelse är Raumo stads strategiarbete år 2013. I stället för ett tjockt strategidokument skriver staden sin framtid som en berättelse tillsammans med invånare, företag, sammanslutningar och sin egen personal. Målet är att

- utveckla Raumo i samarbete mellan invånare, företag, sammanslutningar och stadsorganisationen
- få så många som möjligt med i framtidsarbetet – ingen detaljerad planering uppifrån och ned
- skapa en gemensam bild av vart vi är på väg – färre exakta detaljer
- skapa dialog och en gemensam vilja – mindre papper och färre dokument
- pröva ett nytt arbetssätt som bygger på dialog och nytänkande
- bygga upp en kundorienterad, flexibel och snabbt reagerande verksamhetskultur.

Ur detta föds Raumos berättelse.

## Fyra sätt att delta

### 1. Alla raumobor med

På stadens utvecklingsforum öppnas en öppen webbplats för delaktighet och påverkan. Under processen genomförs webbenkäter. *Raumos berättelse i dag* frågar vad du uppskattar mest i Raumo. *Raumos berättelse i framtiden* frågar hur berättelsen enligt dig borde fortsätta, vad viktigt som borde hända, vad vi borde göra tillsammans för att den goda berättelsen ska bli verklighet och vilken god gärning du själv kan göra. På webbplatsen berättar vi hur arbetet framskrider och vilka evenemang som ordnas, och en blogg följer hur berättelsen tar form steg för steg. Ett invånarevenemang ordnas i samband med Raumodagen den 17 april.

### 2. Framtidsverkstäder med RAUMAVIISAAT

RAUMAVIISAAT (”Raumos visa”) är företrädare för olika intressentgrupper från tolv sektorer, från boende och sysselsättning till medier, internationalisering samt marknadsföring och kommunikation. I verkstäderna granskar vi Raumo i går, i dag och i framtiden, studerar tidens fenomen och möjligheter och söker berättelsens nyckelfaktorer.

### 3. Stadens egen organisation

Till personalens workshop ryms de 70 första anmälda från olika förvaltningar. I förvaltningarnas ledningsgruppsworkshoppar engageras särskilt cheferna: vad betyder de strategiska målen i det egna arbetet? I REAL-dialogen samtalar alla arbetsgemenskaper, och ett dialogverktyg tas i bruk.

### 4. Beslutsfattarna

På stadsfullmäktiges och stadsstyrelsens seminarier ger man berättelsen dess inriktning, drar upp riktlinjer och strukturerar de värdebaserade målen. Seminarierna är interaktiva, kreativa och överraskande. Beslutsfattarna deltar i diskussionen, beredningen och till sist i beslutsfattandet. En faciliteringspartner följer med längs vägen.

## Projektorganisation

- **Stadsfullmäktige** bearbetar berättelsen på sitt seminarium och godkänner den.
- **Stadsstyrelsen** följer arbetet och bereder berättelsen för fullmäktige.
- **Styrgruppen** är stadens ledningsgrupp.
- **Koordineringsgruppen** består av stadsdirektören, biträdande stadsdirektören, förvaltningsdirektören och planeringsdirektören.
- **Projektgruppen** består av en projektkoordinator, fyra andra företrädare för staden och två konsulter från faciliteringspartnern.
- Vid sidan av dem finns **invånarna**, **RAUMAVIISAAT** och **stadens personal**.

Arbetet inleds i slutet av februari, rösterna samlas in under våren och stadsfullmäktige godkänner berättelsen i augusti–september. På hösten tar förvaltningarna berättelsen till sig och härleder sina egna mål ur den.`,
    en: `## The whole city joins in Rauma's future story

Rauma's Story is the City of Rauma's strategy work in 2013. Instead of a thick strategy document, the city writes its future as a story together with residents, companies, communities and its own staff. The aims are to

- develop Rauma through the cooperation of residents, companies, communities and the city organisation
- involve as many people as possible in the future work – not precise top-down planning
- create a shared understanding of the direction of the future – fewer precise details
- generate interaction and a shared will – less paper and fewer documents
- practise a new way of working built on dialogue and innovativeness
- create a customer-oriented, flexible, fast-reacting working culture.

Out of this, Rauma's Story is born.

## Four ways to take part

### 1. Everyone in Rauma takes part

An open participation website for the story is opened on the city's development forum. Online surveys run during the process. *Rauma's story today* asks what you value most in the city of Rauma. *Rauma's story in the future* asks how you think the story should continue, what important thing should happen, what we should do together so that the good story comes true, and what good deed you can do yourself. The site reports on the progress of the work and its events, and a blog follows the story as it takes shape, phase by phase. A residents' event is held with Rauma Day on 17 April.

### 2. RAUMAVIISAAT future workshops

RAUMAVIISAAT ("Rauma's wise ones") are representatives of stakeholder groups from twelve sectors, from housing and employment to media, internationality, and marketing and communication. The workshops look at Rauma yesterday, today and in the future, study the phenomena and opportunities of the time, and search for the key factors of the story.

### 3. The city's own organisation

The staff workshop takes the first 70 to register, spread across the administrative units. Workshops for the units' management teams involve and commit managers in particular: what do the strategic goals mean in our own work? In the REAL community dialogue all work communities take part, and a dialogue tool is adopted.

### 4. Decision-makers

Seminars of the city council and the city board orient and align the story and give structure to its value-based goals. The seminars work interactively, creatively and surprisingly. Decision-makers take part in the discussion, the preparation and finally the decision. A facilitation partner accompanies the city along the way.

## Project organisation

- The **city council** works on the story in its seminar and approves it.
- The **city board** follows the work and prepares the story for the council.
- The **steering group** is the city's management team.
- The **coordination group** consists of the mayor, the deputy mayor, the director of administration and the director of planning.
- The **project group** has a project coordinator, four other members from the city and two consultants of the facilitation partner.
- Alongside them: **residents**, **RAUMAVIISAAT** and the **city's staff**.

The work starts at the end of February, voices are gathered in spring, and the city council approves the story in August–September. In the autumn the administrative units take ownership of the story and derive their own goals from it.`,
  },
  heroImageAlt: null,
};

/** The five phases of the process, contiguous from 25 February to 31 December 2013. */
export const raumaPhases: DemoPhase[] = [
  {
    key: 'start-up',
    title: { fi: 'Käynnistys', sv: 'Start', en: 'Start-up and planning' },
    description: {
      fi: 'Kaupunginhallitus ja johtoryhmä perehdytetään Rauman Tarinan etenemissuunnitelmaan, roolit ja vastuut sovitaan, viestintäsuunnitelma laaditaan ja osallistumissivusto avataan kehittämisfoorumille.',
      sv: 'Stadsstyrelsen och ledningsgruppen informeras om planen för Raumos berättelse, roller och ansvar fördelas, en kommunikationsplan görs upp och webbplatsen för delaktighet öppnas på utvecklingsforumet.',
      en: "The city board and the management team are briefed on the plan for Rauma's Story, roles and responsibilities are agreed, a communications plan is drawn up and the participation website opens on the development forum.",
    },
    startsOn: '2013-02-25',
    endsOn: '2013-03-07',
  },
  {
    key: 'voices',
    title: { fi: 'Äänet kuuluviin', sv: 'Rösterna hörs', en: 'Gathering voices' },
    description: {
      fi: 'RAUMAVIISAAT antavat tarinalle alkusysäyksen tulevaisuustyöpajassa, henkilöstö kokoontuu työpajaan ja päättäjät laajaan strategiaseminaariin, ja asukkaat pääsevät ääneen Rauma-päivänä. Verkkokyselyt ovat auki.',
      sv: 'RAUMAVIISAAT ger berättelsen dess första puff i en framtidsverkstad, personalen samlas till workshop, beslutsfattarna till ett brett strategiseminarium och invånarna kommer till tals på Raumodagen. Webbenkäterna är öppna.',
      en: 'RAUMAVIISAAT give the story its first push in a future workshop, staff meet in a workshop, decision-makers in a broad strategy seminar, and residents have their say on Rauma Day. The online surveys are open.',
    },
    startsOn: '2013-03-08',
    endsOn: '2013-04-17',
  },
  {
    key: 'shaping',
    title: { fi: 'Tarinan työstäminen', sv: 'Berättelsen tar form', en: 'Shaping the story' },
    description: {
      fi: 'Kaupunginhallitus ja kaupunginvaltuusto työstävät tarinaa seminaareissaan ja jäsentävät sen arvopohjaiset päämäärät. Hallintokuntien johtoryhmät pohtivat, mitä päämäärät tarkoittavat, ja REAL-yhteisödialogi alkaa kaikissa työyhteisöissä.',
      sv: 'Stadsstyrelsen och stadsfullmäktige bearbetar berättelsen på sina seminarier och strukturerar dess värdebaserade mål. Förvaltningarnas ledningsgrupper funderar på vad målen betyder, och REAL-dialogen inleds i alla arbetsgemenskaper.',
      en: "The city board and the city council work on the story in their seminars and give structure to its value-based goals. The units' management teams consider what the goals mean, and the REAL community dialogue begins in every work community.",
    },
    startsOn: '2013-04-18',
    endsOn: '2013-05-31',
  },
  {
    key: 'decision',
    title: { fi: 'Päätös', sv: 'Beslut', en: 'Decision' },
    description: {
      fi: 'Kesätauon jälkeen tarina viimeistellään päätettäväksi, ja kaupunginvaltuusto hyväksyy Rauman Tarinan elo–syyskuussa.',
      sv: 'Efter sommaruppehållet färdigställs berättelsen för beslut, och stadsfullmäktige godkänner Raumos berättelse i augusti–september.',
      en: "After the summer break the story is finalised for decision, and the city council approves Rauma's Story in August–September.",
    },
    startsOn: '2013-06-01',
    endsOn: '2013-09-30',
  },
  {
    key: 'ownership',
    title: { fi: 'Tarina arkeen', sv: 'Berättelsen i vardagen', en: 'Taking ownership' },
    description: {
      fi: 'Hallintokunnat ottavat tarinan omakseen ja johtavat siitä tavoitteensa. Työyhteisöt jatkavat dialogia, ja työstä kootaan loppuraportti: Rauman Tarina jatkuu.',
      sv: 'Förvaltningarna tar berättelsen till sig och härleder sina mål ur den. Arbetsgemenskaperna fortsätter dialogen, och en slutrapport sammanställs: Raumos berättelse fortsätter.',
      en: "The administrative units take ownership of the story and derive their goals from it. Work communities continue the dialogue, and a final report is compiled: Rauma's Story continues.",
    },
    startsOn: '2013-10-01',
    endsOn: '2013-12-31',
  },
];

/** The twelve sectors the RAUMAVIISAAT stakeholder panel draws its members from. */
const raumaviisaatSectors: DemoSector[] = [
  { key: 'housing', name: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' } },
  { key: 'employment', name: { fi: 'Työllistyminen', sv: 'Sysselsättning', en: 'Employment' } },
  {
    key: 'education-and-research',
    name: { fi: 'Koulutus ja tutkimus', sv: 'Utbildning och forskning', en: 'Education and research' },
  },
  { key: 'business', name: { fi: 'Elinkeinot', sv: 'Näringsliv', en: 'Business' } },
  { key: 'culture', name: { fi: 'Kulttuuri', sv: 'Kultur', en: 'Culture' } },
  { key: 'tourism', name: { fi: 'Matkailu', sv: 'Turism', en: 'Tourism' } },
  { key: 'leisure', name: { fi: 'Vapaa-aika', sv: 'Fritid', en: 'Leisure' } },
  { key: 'basic-services', name: { fi: 'Peruspalvelut', sv: 'Basservice', en: 'Basic services' } },
  {
    key: 'young-and-elderly',
    name: { fi: 'Nuoret ja varttuneemmat', sv: 'Unga och äldre', en: 'The young and the elderly' },
  },
  { key: 'media', name: { fi: 'Media', sv: 'Medier', en: 'Media' } },
  { key: 'internationality', name: { fi: 'Kansainvälisyys', sv: 'Internationalisering', en: 'Internationality' } },
  {
    key: 'marketing-and-communication',
    name: { fi: 'Markkinointi ja viestintä', sv: 'Marknadsföring och kommunikation', en: 'Marketing and communication' },
  },
];

/** The project organisation of Rauma's Story, top-down, with the groups beside it. */
export const raumaBodies: DemoBody[] = [
  {
    key: 'council',
    kind: 'council',
    name: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige', en: 'City council' },
    description: {
      fi: 'Kaupungin ylin päättävä elin. Työstää tarinaa laajassa strategiaseminaarissa ja omassa seminaarissaan ja hyväksyy Rauman Tarinan.',
      sv: 'Stadens högsta beslutande organ. Bearbetar berättelsen på det breda strategiseminariet och på sitt eget seminarium och godkänner Raumos berättelse.',
      en: "The city's highest decision-making body. Works on the story in the broad strategy seminar and in its own seminar, and approves Rauma's Story.",
    },
    parentKey: null,
    members: [
      {
        position: { fi: 'Puheenjohtaja', sv: 'Ordförande', en: 'Chair' },
        responsibility: {
          fi: 'Johtaa valtuuston seminaaria ja kokousta, jossa Rauman Tarina hyväksytään.',
          sv: 'Leder fullmäktiges seminarium och det sammanträde där Raumos berättelse godkänns.',
          en: "Chairs the council seminar and the meeting at which Rauma's Story is approved.",
        },
      },
      {
        position: { fi: 'Valtuutetut', sv: 'Fullmäktigeledamöterna', en: 'Councillors' },
        responsibility: {
          fi: 'Linjaavat tarinan suuntaa ja sen arvopohjaisia päämääriä seminaareissa ja päättävät tarinasta.',
          sv: 'Drar upp riktningen för berättelsen och dess värdebaserade mål på seminarierna och fattar beslut om berättelsen.',
          en: 'Set the direction of the story and its value-based goals in the seminars and decide on the story.',
        },
      },
    ],
    sectors: [],
  },
  {
    key: 'board',
    kind: 'board',
    name: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen', en: 'City board' },
    description: {
      fi: 'Vastaa kaupungin hallinnosta ja valtuuston päätösten valmistelusta. Saa tiedon työn etenemissuunnitelmasta, työstää tarinaa seminaarissaan ja valmistelee sen valtuustolle.',
      sv: 'Ansvarar för stadens förvaltning och bereder fullmäktiges beslut. Informeras om planen för arbetet, bearbetar berättelsen på sitt seminarium och bereder den för fullmäktige.',
      en: "Runs the city's administration and prepares the council's decisions. Is briefed on the plan of progress, works on the story in its seminar and prepares it for the council.",
    },
    parentKey: 'council',
    members: [
      {
        position: { fi: 'Puheenjohtaja', sv: 'Ordförande', en: 'Chair' },
        responsibility: {
          fi: 'Johtaa kaupunginhallituksen kaksipäiväistä seminaaria ja tarinan käsittelyä hallituksessa.',
          sv: 'Leder stadsstyrelsens tvådagarsseminarium och behandlingen av berättelsen i styrelsen.',
          en: "Chairs the city board's two-day seminar and the board's handling of the story.",
        },
      },
      {
        position: { fi: 'Jäsenet', sv: 'Ledamöterna', en: 'Members' },
        responsibility: {
          fi: 'Ohjaavat työtä ja tekevät valtuustolle esityksen Rauman Tarinan hyväksymisestä.',
          sv: 'Styr arbetet och lägger fram förslaget om att godkänna Raumos berättelse för fullmäktige.',
          en: "Guide the work and put the proposal to approve Rauma's Story to the council.",
        },
      },
    ],
    sectors: [],
  },
  {
    key: 'steering-group',
    kind: 'steering_group',
    name: {
      fi: 'Ohjausryhmä (kaupungin johtoryhmä)',
      sv: 'Styrgruppen (stadens ledningsgrupp)',
      en: "Steering group (the city's management team)",
    },
    description: {
      fi: 'Kaupungin johtoryhmä toimii Rauman Tarinan ohjausryhmänä: sopii rooleista ja vastuista, työstää tarinaa omassa seminaarissaan ja vie sen hallintokuntiin.',
      sv: 'Stadens ledningsgrupp fungerar som styrgrupp för Raumos berättelse: den kommer överens om roller och ansvar, bearbetar berättelsen på sitt seminarium och för ut den i förvaltningarna.',
      en: "The city's management team acts as the steering group of Rauma's Story: it agrees roles and responsibilities, works on the story in its own seminar and carries it into the administrative units.",
    },
    parentKey: 'board',
    members: [
      {
        position: { fi: 'Kaupunginjohtaja', sv: 'Stadsdirektör', en: 'Mayor' },
        responsibility: {
          fi: 'Johtaa johtoryhmää ja vastaa siitä, että roolit ja vastuut ovat selvät.',
          sv: 'Leder ledningsgruppen och ser till att roller och ansvar är tydliga.',
          en: 'Leads the management team and makes sure roles and responsibilities are clear.',
        },
      },
      {
        position: { fi: 'Hallintokuntien johtajat', sv: 'Förvaltningscheferna', en: 'Heads of the administrative units' },
        responsibility: {
          fi: 'Vievät tarinan omiin hallintokuntiinsa ja vastaavat siitä johdettavista tavoitteista.',
          sv: 'För ut berättelsen i sina förvaltningar och ansvarar för de mål som härleds ur den.',
          en: 'Carry the story into their own units and answer for the goals derived from it.',
        },
      },
    ],
    sectors: [],
  },
  {
    key: 'coordination-group',
    kind: 'coordination_group',
    name: { fi: 'Koordinaatioryhmä', sv: 'Koordineringsgruppen', en: 'Coordination group' },
    description: {
      fi: 'Kaupungin ylimmän viranhaltijajohdon ryhmä, joka sovittaa työn yhteen ja tukee projektiryhmää.',
      sv: 'En grupp ur stadens högsta tjänstemannaledning som samordnar arbetet och stöder projektgruppen.',
      en: "A group of the city's senior officials that coordinates the work and supports the project group.",
    },
    parentKey: 'steering-group',
    members: [
      {
        position: { fi: 'Kaupunginjohtaja', sv: 'Stadsdirektör', en: 'Mayor' },
        responsibility: {
          fi: 'Vastaa strategiatyöstä kokonaisuutena ja esittelee sen luottamushenkilöille.',
          sv: 'Ansvarar för strategiarbetet som helhet och presenterar det för de förtroendevalda.',
          en: 'Answers for the strategy work as a whole and presents it to the elected officials.',
        },
      },
      {
        position: { fi: 'Apulaiskaupunginjohtaja', sv: 'Biträdande stadsdirektör', en: 'Deputy mayor' },
        responsibility: {
          fi: 'Tukee kaupunginjohtajaa ja pitää yhteyttä palvelualoihin.',
          sv: 'Stöder stadsdirektören och håller kontakt med verksamhetsområdena.',
          en: 'Supports the mayor and keeps in touch with the service areas.',
        },
      },
      {
        position: { fi: 'Hallintojohtaja', sv: 'Förvaltningsdirektör', en: 'Director of administration' },
        responsibility: {
          fi: 'Vastaa päätösvalmistelusta ja henkilöstön osallistumisen järjestelyistä.',
          sv: 'Ansvarar för beslutsberedningen och för att ordna personalens deltagande.',
          en: 'Answers for preparing the decisions and arranging the participation of staff.',
        },
      },
      {
        position: { fi: 'Suunnittelujohtaja', sv: 'Planeringsdirektör', en: 'Director of planning' },
        responsibility: {
          fi: 'Vastaa aikataulusta ja tarinan kytkemisestä talous- ja toimintasuunnitteluun.',
          sv: 'Ansvarar för tidsplanen och för att koppla berättelsen till ekonomi- och verksamhetsplaneringen.',
          en: 'Answers for the schedule and for linking the story to financial and operational planning.',
        },
      },
    ],
    sectors: [],
  },
  {
    key: 'project-group',
    kind: 'project_group',
    name: { fi: 'Projektiryhmä', sv: 'Projektgruppen', en: 'Project group' },
    description: {
      fi: 'Tekee käytännön työn: suunnittelee tilaisuudet, hoitaa viestinnän ja osallistumissivuston ja kokoaa aineiston tarinaksi yhdessä fasilitointikumppanin kanssa.',
      sv: 'Gör det praktiska arbetet: planerar evenemangen, sköter kommunikationen och webbplatsen för delaktighet och sammanställer materialet till en berättelse tillsammans med faciliteringspartnern.',
      en: 'Does the hands-on work: plans the events, runs communications and the participation website, and turns the material into the story together with the facilitation partner.',
    },
    parentKey: 'coordination-group',
    members: [
      {
        position: { fi: 'Projektikoordinaattori', sv: 'Projektkoordinator', en: 'Project coordinator' },
        responsibility: {
          fi: 'Koordinointivastuu: aikataulu, tilaisuuksien järjestelyt ja yhteydet kaikkiin osallisiin.',
          sv: 'Samordningsansvar: tidsplan, arrangemang kring evenemangen och kontakter till alla parter.',
          en: 'Coordinating responsibility: the schedule, the arrangements of events and contacts with everyone involved.',
        },
      },
      {
        position: {
          fi: 'Projektiryhmän jäsen, viestintä',
          sv: 'Medlem i projektgruppen, kommunikation',
          en: 'Project group member, communications',
        },
        responsibility: {
          fi: 'Mediatiedotteet ja viestintäsuunnitelma.',
          sv: 'Pressmeddelanden och kommunikationsplan.',
          en: 'Media releases and the communications plan.',
        },
      },
      {
        position: {
          fi: 'Projektiryhmän jäsen, verkkoviestintä',
          sv: 'Medlem i projektgruppen, webbkommunikation',
          en: 'Project group member, web communications',
        },
        responsibility: {
          fi: 'Osallistumissivusto kehittämisfoorumilla, verkkokyselyt ja blogi.',
          sv: 'Webbplatsen för delaktighet på utvecklingsforumet, webbenkäterna och bloggen.',
          en: 'The participation website on the development forum, the online surveys and the blog.',
        },
      },
      {
        position: { fi: 'Projektiryhmän jäsen, henkilöstö', sv: 'Medlem i projektgruppen, personal', en: 'Project group member, staff' },
        responsibility: {
          fi: 'Henkilöstötyöpaja ja REAL-yhteisödialogi työyhteisöissä.',
          sv: 'Personalens workshop och REAL-dialogen i arbetsgemenskaperna.',
          en: 'The staff workshop and the REAL community dialogue in the work communities.',
        },
      },
      {
        position: {
          fi: 'Projektiryhmän jäsen, strategiavalmistelu',
          sv: 'Medlem i projektgruppen, strategiberedning',
          en: 'Project group member, strategy preparation',
        },
        responsibility: {
          fi: 'Päättäjien seminaarien aineistot ja tarinan kirjoittaminen päätettävään muotoon.',
          sv: 'Materialet för beslutsfattarnas seminarier och berättelsens slutliga form för beslut.',
          en: "Materials for the decision-makers' seminars and putting the story into a form ready for decision.",
        },
      },
      {
        position: { fi: 'Konsultti, fasilitointikumppani', sv: 'Konsult, faciliteringspartner', en: 'Consultant, facilitation partner' },
        responsibility: {
          fi: 'Työpajojen ja seminaarien menetelmät ja fasilitointi.',
          sv: 'Metoder och facilitering för workshoppar och seminarier.',
          en: 'Methods and facilitation of the workshops and seminars.',
        },
      },
      {
        position: { fi: 'Konsultti, fasilitointikumppani', sv: 'Konsult, faciliteringspartner', en: 'Consultant, facilitation partner' },
        responsibility: {
          fi: 'Aineiston kokoaminen ja tarinan rakentumisen tukeminen vaiheesta toiseen.',
          sv: 'Sammanställning av materialet och stöd för berättelsen från en fas till nästa.',
          en: 'Compiling the material and supporting the story from one phase to the next.',
        },
      },
    ],
    sectors: [],
  },
  {
    key: 'raumaviisaat',
    kind: 'stakeholder_panel',
    name: { fi: 'RAUMAVIISAAT', sv: 'RAUMAVIISAAT (Raumos visa)', en: "RAUMAVIISAAT (Rauma's wise ones)" },
    description: {
      fi: 'Sidosryhmäpaneeli, johon kutsutaan ihmisiä kahdeltatoista sektorilta. Antaa tarinalle aineksia, sisältöä ja haasteita tulevaisuustyöpajoissa – alku- ja jatkosysäykset.',
      sv: 'En intressentpanel med personer från tolv sektorer. Ger berättelsen ingredienser, innehåll och utmaningar i framtidsverkstäderna – den första puffen och de följande.',
      en: 'A stakeholder panel of people invited from twelve sectors. Gives the story ingredients, content and challenges in the future workshops – the first push and the follow-up pushes.',
    },
    parentKey: null,
    members: [],
    sectors: raumaviisaatSectors,
  },
  {
    key: 'staff',
    kind: 'staff',
    name: { fi: 'Kaupungin henkilöstö', sv: 'Stadens personal', en: "The city's staff" },
    description: {
      fi: 'Kaupungin työntekijät kaikista hallintokunnista. Osallistuvat henkilöstötyöpajaan ja REAL-yhteisödialogiin omissa työyhteisöissään.',
      sv: 'Stadens anställda från alla förvaltningar. Deltar i personalens workshop och i REAL-dialogen i sina arbetsgemenskaper.',
      en: "The city's employees from every administrative unit. They take part in the staff workshop and in the REAL community dialogue in their own work communities.",
    },
    parentKey: null,
    members: [],
    sectors: [],
  },
  {
    key: 'residents',
    kind: 'residents',
    name: { fi: 'Kuntalaiset', sv: 'Invånarna', en: 'Residents' },
    description: {
      fi: 'Kaikki raumalaiset. Vastaavat verkkokyselyihin, kommentoivat osallistumissivustolla ja tulevat asukastapahtumaan Rauma-päivänä.',
      sv: 'Alla raumobor. De svarar på webbenkäterna, kommenterar på webbplatsen för delaktighet och kommer till invånarevenemanget på Raumodagen.',
      en: "Everyone in Rauma. Residents answer the online surveys, comment on the participation website and come to the residents' event on Rauma Day.",
    },
    parentKey: null,
    members: [],
    sectors: [],
  },
];

/** The city organisation: six departments with their work communities (headcounts are illustrative). */
export const raumaUnits: DemoUnit[] = [
  {
    key: 'central-administration',
    name: { fi: 'Konsernipalvelut', sv: 'Koncerntjänster', en: 'Central administration' },
    headcount: 98,
    children: [
      {
        key: 'administration-and-hr',
        name: { fi: 'Hallinto- ja henkilöstöpalvelut', sv: 'Förvaltnings- och personaltjänster', en: 'Administration and HR' },
        headcount: 48,
        children: [],
      },
      {
        key: 'finance-and-ict',
        name: { fi: 'Talous- ja tietohallinto', sv: 'Ekonomi- och dataförvaltning', en: 'Finance and ICT' },
        headcount: 36,
        children: [],
      },
      {
        key: 'development-and-communications',
        name: { fi: 'Kehittäminen ja viestintä', sv: 'Utveckling och kommunikation', en: 'Development and communications' },
        headcount: 14,
        children: [],
      },
    ],
  },
  {
    key: 'social-and-health',
    name: { fi: 'Sosiaali- ja terveystoimi', sv: 'Social- och hälsovården', en: 'Social and health services' },
    headcount: 1190,
    children: [
      {
        key: 'health-services',
        name: { fi: 'Terveyspalvelut', sv: 'Hälsotjänster', en: 'Health services' },
        headcount: 540,
        children: [],
      },
      {
        key: 'social-services',
        name: { fi: 'Sosiaalipalvelut', sv: 'Socialtjänster', en: 'Social services' },
        headcount: 190,
        children: [],
      },
      {
        key: 'elderly-care',
        name: { fi: 'Vanhuspalvelut', sv: 'Äldreomsorg', en: 'Elderly care' },
        headcount: 460,
        children: [],
      },
    ],
  },
  {
    key: 'education-and-culture',
    name: { fi: 'Sivistystoimi', sv: 'Bildningsväsendet', en: 'Education and culture' },
    headcount: 1065,
    children: [
      {
        key: 'early-childhood-education',
        name: { fi: 'Varhaiskasvatus', sv: 'Småbarnspedagogik', en: 'Early childhood education' },
        headcount: 410,
        children: [],
      },
      {
        key: 'basic-education',
        name: { fi: 'Perusopetus', sv: 'Grundläggande utbildning', en: 'Basic education' },
        headcount: 520,
        children: [],
      },
      {
        key: 'upper-secondary-education',
        name: { fi: 'Lukiokoulutus', sv: 'Gymnasieutbildning', en: 'Upper secondary education' },
        headcount: 65,
        children: [],
      },
      {
        key: 'library-and-culture',
        name: { fi: 'Kirjasto- ja kulttuuripalvelut', sv: 'Biblioteks- och kulturtjänster', en: 'Library and cultural services' },
        headcount: 70,
        children: [],
      },
    ],
  },
  {
    key: 'technical-services',
    name: { fi: 'Tekninen toimi', sv: 'Tekniska väsendet', en: 'Technical services' },
    headcount: 445,
    children: [
      {
        key: 'municipal-engineering',
        name: { fi: 'Kunnallistekniikka', sv: 'Kommunalteknik', en: 'Municipal engineering' },
        headcount: 120,
        children: [],
      },
      {
        key: 'facility-services',
        name: { fi: 'Tilapalvelut', sv: 'Lokaltjänster', en: 'Facility services' },
        headcount: 85,
        children: [],
      },
      {
        key: 'catering-and-cleaning',
        name: { fi: 'Ruoka- ja puhtauspalvelut', sv: 'Kost- och städtjänster', en: 'Catering and cleaning' },
        headcount: 240,
        children: [],
      },
    ],
  },
  {
    key: 'environment-and-planning',
    name: { fi: 'Ympäristö ja kaupunkisuunnittelu', sv: 'Miljö och stadsplanering', en: 'Environment and planning' },
    headcount: 73,
    children: [
      {
        key: 'land-use-planning',
        name: { fi: 'Kaavoitus', sv: 'Planläggning', en: 'Land-use planning' },
        headcount: 20,
        children: [],
      },
      {
        key: 'building-control',
        name: { fi: 'Rakennusvalvonta', sv: 'Byggnadstillsyn', en: 'Building control' },
        headcount: 14,
        children: [],
      },
      {
        key: 'environmental-protection',
        name: { fi: 'Ympäristönsuojelu', sv: 'Miljövård', en: 'Environmental protection' },
        headcount: 11,
        children: [],
      },
      {
        key: 'surveying-and-property',
        name: { fi: 'Mittaus- ja kiinteistöpalvelut', sv: 'Mätnings- och fastighetstjänster', en: 'Surveying and property services' },
        headcount: 28,
        children: [],
      },
    ],
  },
  {
    key: 'leisure-services',
    name: { fi: 'Vapaa-aikatoimi', sv: 'Fritidsväsendet', en: 'Leisure services' },
    headcount: 76,
    children: [
      {
        key: 'sports-services',
        name: { fi: 'Liikuntapalvelut', sv: 'Idrottstjänster', en: 'Sports services' },
        headcount: 52,
        children: [],
      },
      {
        key: 'youth-services',
        name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' },
        headcount: 24,
        children: [],
      },
    ],
  },
];

/** The fifteen rows of the 2013 timeline, in the order of the original presentation. */
export const raumaTimeline: DemoTimelineItem[] = [
  {
    key: 'board-briefing',
    phaseKey: 'start-up',
    startsOn: '2013-02-25',
    endsOn: null,
    startTime: null,
    endTime: null,
    datePrecision: 'day',
    kind: 'information',
    title: { fi: 'Kaupunginhallituksen informointi', sv: 'Information till stadsstyrelsen', en: 'City board briefed' },
    purpose: {
      fi: 'Kaupunginhallitukselle kerrotaan, miten Rauman Tarina etenee: etenemissuunnitelma esitellään.',
      sv: 'Stadsstyrelsen får höra hur arbetet med Raumos berättelse ska framskrida: planen presenteras.',
      en: "The city board hears how Rauma's Story will proceed: the plan of progress is presented.",
    },
    responsible: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen', en: 'City board' },
    audienceBodyKeys: ['board'],
  },
  {
    key: 'management-team-briefing',
    phaseKey: 'start-up',
    startsOn: '2013-03-01',
    endsOn: null,
    startTime: '08:00',
    endTime: null,
    datePrecision: 'day',
    kind: 'meeting',
    title: { fi: 'Johtoryhmän informointi', sv: 'Information till ledningsgruppen', en: 'Management team briefing' },
    purpose: {
      fi: 'Informointi Rauman Tarinasta sekä roolien ja vastuiden sopiminen.',
      sv: 'Information om Raumos berättelse samt överenskommelse om roller och ansvar.',
      en: "Information on Rauma's Story; agreeing on roles and responsibilities.",
    },
    responsible: {
      fi: 'Kaupungin johtoryhmä; kaupunginjohtaja',
      sv: 'Stadens ledningsgrupp; stadsdirektören',
      en: 'City management team; the mayor',
    },
    audienceBodyKeys: ['steering-group'],
  },
  {
    key: 'media-releases',
    phaseKey: 'start-up',
    startsOn: '2013-03-01',
    endsOn: '2013-03-31',
    startTime: null,
    endTime: null,
    datePrecision: 'month',
    kind: 'communication',
    title: {
      fi: 'Prosessin mediatiedotteet ja viestintäsuunnitelma',
      sv: 'Pressmeddelanden om processen och kommunikationsplan',
      en: 'Media releases of the process; communications plan',
    },
    purpose: {
      fi: 'Kerrotaan medialle ja kaupunkilaisille, mistä Rauman Tarinassa on kyse ja miten siihen voi osallistua, ja laaditaan koko prosessin viestintäsuunnitelma.',
      sv: 'Medierna och stadsborna får veta vad Raumos berättelse handlar om och hur man kan delta, och en kommunikationsplan för hela processen görs upp.',
      en: "Telling the media and the public what Rauma's Story is about and how to take part, and drawing up a communications plan for the whole process.",
    },
    responsible: { fi: 'Viestintä', sv: 'Kommunikationen', en: 'Communications' },
    audienceBodyKeys: ['residents', 'staff'],
  },
  {
    key: 'participation-site',
    phaseKey: 'start-up',
    startsOn: '2013-03-01',
    endsOn: '2013-03-31',
    startTime: null,
    endTime: null,
    datePrecision: 'month',
    kind: 'communication',
    title: {
      fi: 'Osallistumissivusto avataan',
      sv: 'Webbplatsen för delaktighet öppnas',
      en: 'Participation website opened',
    },
    purpose: {
      fi: 'Kehittämisfoorumin sivustolle kootaan tarina, työn etenemisen vaiheet ja video.',
      sv: 'På utvecklingsforumets webbplats samlas berättelsen, arbetets faser och en video.',
      en: 'The development forum site gathers the story, the phases of the work and a video.',
    },
    responsible: {
      fi: 'Viestintä ja projektiryhmä',
      sv: 'Kommunikationen och projektgruppen',
      en: 'Communications and the project group',
    },
    audienceBodyKeys: ['residents', 'raumaviisaat', 'staff'],
  },
  {
    key: 'raumaviisaat-workshop',
    phaseKey: 'voices',
    startsOn: '2013-03-08',
    endsOn: null,
    startTime: '12:00',
    endTime: '15:00',
    datePrecision: 'day',
    kind: 'workshop',
    title: {
      fi: 'RAUMAVIISAAT-tulevaisuustyöpaja',
      sv: 'Framtidsverkstad för RAUMAVIISAAT',
      en: 'RAUMAVIISAAT future workshop',
    },
    purpose: {
      fi: 'Alkusysäys Rauman Tarinan käynnistämiseksi. Kutsut lähtevät 26.2.',
      sv: 'Den första puffen för att sätta i gång Raumos berättelse. Inbjudningarna skickas 26.2.',
      en: "The first push to get Rauma's Story going. Invitations are sent on 26 February.",
    },
    responsible: { fi: 'RAUMAVIISAAT', sv: 'RAUMAVIISAAT', en: 'RAUMAVIISAAT' },
    audienceBodyKeys: ['raumaviisaat'],
  },
  {
    key: 'management-seminar',
    phaseKey: 'voices',
    startsOn: '2013-03-21',
    endsOn: null,
    startTime: null,
    endTime: null,
    datePrecision: 'day',
    kind: 'seminar',
    title: {
      fi: 'Kaupungin johtoryhmän seminaari Vuojoen kartanossa',
      sv: 'Seminarium för stadens ledningsgrupp på Vuojoki gård',
      en: "City management team's seminar at Vuojoki Manor",
    },
    purpose: { fi: 'Rauman Tarinan työstöä.', sv: 'Arbete med Raumos berättelse.', en: "Working on Rauma's Story." },
    responsible: { fi: 'Kaupungin johtoryhmä', sv: 'Stadens ledningsgrupp', en: 'City management team' },
    audienceBodyKeys: ['steering-group'],
  },
  {
    key: 'staff-workshop',
    phaseKey: 'voices',
    startsOn: '2013-03-22',
    endsOn: null,
    startTime: null,
    endTime: null,
    datePrecision: 'day',
    kind: 'workshop',
    title: { fi: 'Henkilöstötyöpaja', sv: 'Workshop för personalen', en: 'Staff workshop' },
    purpose: {
      fi: 'Kaupungin oma henkilöstö osallistuu ja tulee kuulluksi. Osallistujat hallintokunnittain, 70 ensimmäistä ilmoittautumisjärjestyksessä.',
      sv: 'Stadens egen personal deltar och blir hörd. Deltagarna per förvaltning, de 70 första i anmälningsordning.',
      en: "The city's own staff take part and are heard. Participants by administrative unit, the first 70 in order of registration.",
    },
    responsible: { fi: 'Henkilöstö', sv: 'Personalen', en: 'Staff' },
    audienceBodyKeys: ['staff'],
  },
  {
    key: 'strategy-seminar',
    phaseKey: 'voices',
    startsOn: '2013-04-04',
    endsOn: null,
    startTime: '09:00',
    endTime: '15:00',
    datePrecision: 'day',
    kind: 'seminar',
    title: { fi: 'Laaja strategiaseminaari', sv: 'Brett strategiseminarium', en: 'Broad strategy seminar' },
    purpose: {
      fi: 'Rauman Tarinan työstäminen yhdessä luottamushenkilöiden ja johtoryhmän kanssa.',
      sv: 'Arbete med Raumos berättelse tillsammans med de förtroendevalda och ledningsgruppen.',
      en: "Working on Rauma's Story together with the elected officials and the management team.",
    },
    responsible: {
      fi: 'Kaupunginvaltuusto, kaupunginhallitus ja kaupungin johtoryhmä',
      sv: 'Stadsfullmäktige, stadsstyrelsen och stadens ledningsgrupp',
      en: 'City council, city board and city management team',
    },
    audienceBodyKeys: ['council', 'board', 'steering-group'],
  },
  {
    key: 'raumaviisaat-coffee',
    phaseKey: 'voices',
    startsOn: '2013-04-10',
    endsOn: null,
    startTime: '09:00',
    endTime: '11:00',
    datePrecision: 'day',
    kind: 'meeting',
    title: { fi: 'RAUMAVIISAAT-aamukahvi', sv: 'Morgonkaffe med RAUMAVIISAAT', en: 'RAUMAVIISAAT morning coffee' },
    purpose: { fi: 'Missä mennään?', sv: 'Var står vi nu?', en: 'Where are we?' },
    responsible: { fi: 'RAUMAVIISAAT', sv: 'RAUMAVIISAAT', en: 'RAUMAVIISAAT' },
    audienceBodyKeys: ['raumaviisaat'],
  },
  {
    key: 'residents-event',
    phaseKey: 'voices',
    startsOn: '2013-04-17',
    endsOn: null,
    startTime: null,
    endTime: null,
    datePrecision: 'day',
    kind: 'resident_event',
    title: {
      fi: 'Asukastapahtuma Rauma-päivän yhteydessä',
      sv: 'Invånarevenemang i samband med Raumodagen',
      en: "Residents' event with Rauma Day",
    },
    purpose: {
      fi: 'Kaupunkilaiset kertovat, mitä he arvostavat Raumassa ja miten tarinan pitäisi jatkua.',
      sv: 'Stadsborna berättar vad de uppskattar i Raumo och hur berättelsen borde fortsätta.',
      en: 'Residents tell what they value in Rauma and how the story should continue.',
    },
    responsible: { fi: 'Kuntalaiset', sv: 'Invånarna', en: 'Residents' },
    audienceBodyKeys: ['residents'],
  },
  {
    key: 'board-seminar',
    phaseKey: 'shaping',
    startsOn: '2013-04-22',
    endsOn: '2013-04-23',
    startTime: '09:00',
    endTime: null,
    datePrecision: 'day',
    kind: 'seminar',
    title: { fi: 'Kaupunginhallituksen seminaari', sv: 'Stadsstyrelsens seminarium', en: 'City board seminar' },
    purpose: {
      fi: 'Rauman Tarinan työstäminen: tarinan suuntaaminen ja arvopohjaisten päämäärien jäsentäminen.',
      sv: 'Arbete med Raumos berättelse: berättelsens inriktning och strukturering av de värdebaserade målen.',
      en: "Working on Rauma's Story: orienting the story and structuring its value-based goals.",
    },
    responsible: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen', en: 'City board' },
    audienceBodyKeys: ['board'],
  },
  {
    key: 'unit-management-workshop',
    phaseKey: 'shaping',
    startsOn: '2013-05-07',
    endsOn: null,
    startTime: '09:00',
    endTime: '14:00',
    datePrecision: 'day',
    kind: 'workshop',
    title: {
      fi: 'Hallintokuntien johtoryhmien työpaja',
      sv: 'Workshop för förvaltningarnas ledningsgrupper',
      en: "Workshop of the administrative units' management teams",
    },
    purpose: {
      fi: 'Mitä Rauman Tarinan päämäärät tarkoittavat? Kaikki työyhteisöt osallistuvat, ja REAL-työkalu otetaan käyttöön.',
      sv: 'Vad betyder målen i Raumos berättelse? Alla arbetsgemenskaper deltar, och REAL-verktyget tas i bruk.',
      en: "What do the goals of Rauma's Story mean? All work communities take part, and the REAL tool is adopted.",
    },
    responsible: {
      fi: 'Hallintokuntien johtoryhmät ja kaikki työyhteisöt',
      sv: 'Förvaltningarnas ledningsgrupper och alla arbetsgemenskaper',
      en: "The units' management teams and all work communities",
    },
    audienceBodyKeys: ['staff'],
  },
  {
    key: 'council-seminar',
    phaseKey: 'shaping',
    startsOn: '2013-05-22',
    endsOn: '2013-05-23',
    startTime: null,
    endTime: null,
    datePrecision: 'day',
    kind: 'seminar',
    title: { fi: 'Kaupunginvaltuuston seminaari', sv: 'Stadsfullmäktiges seminarium', en: 'City council seminar' },
    purpose: {
      fi: 'Rauman Tarinan työstäminen: tarinan linjaaminen ennen päätöksentekoa.',
      sv: 'Arbete med Raumos berättelse: riktlinjerna för berättelsen dras upp inför beslutet.',
      en: "Working on Rauma's Story: aligning the story ahead of the decision.",
    },
    responsible: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige', en: 'City council' },
    audienceBodyKeys: ['council'],
  },
  {
    key: 'council-approval',
    phaseKey: 'decision',
    startsOn: '2013-08-01',
    endsOn: '2013-09-30',
    startTime: null,
    endTime: null,
    datePrecision: 'month',
    kind: 'decision',
    title: {
      fi: 'Rauman Tarinan hyväksyminen kaupunginvaltuustossa',
      sv: 'Stadsfullmäktige godkänner Raumos berättelse',
      en: "City council approves Rauma's Story",
    },
    purpose: {
      fi: 'Kaupunginvaltuusto hyväksyy Rauman Tarinan kaupungin strategiaksi.',
      sv: 'Stadsfullmäktige godkänner Raumos berättelse som stadens strategi.',
      en: "The city council adopts Rauma's Story as the city's strategy.",
    },
    responsible: { fi: 'Kaupunginvaltuusto', sv: 'Stadsfullmäktige', en: 'City council' },
    audienceBodyKeys: ['council'],
  },
  {
    key: 'units-take-ownership',
    phaseKey: 'decision',
    startsOn: '2013-09-01',
    endsOn: '2013-12-31',
    startTime: null,
    endTime: null,
    datePrecision: 'season',
    kind: 'ownership',
    title: {
      fi: 'Rauman Tarinan haltuunotto hallintokunnissa',
      sv: 'Förvaltningarna tar Raumos berättelse till sig',
      en: "Administrative units take ownership of Rauma's Story",
    },
    purpose: {
      fi: 'Hallintokunnat johtavat tarinasta omat tavoitteensa.',
      sv: 'Förvaltningarna härleder sina egna mål ur berättelsen.',
      en: 'The administrative units derive their own goals from the story.',
    },
    responsible: { fi: 'Hallintokunnat', sv: 'Förvaltningarna', en: 'Administrative units' },
    audienceBodyKeys: ['steering-group', 'staff'],
  },
];

/** The media release that opened the process and four blog posts that followed it. */
export const raumaPosts: DemoPost[] = [
  {
    slug: 'rauman-tarina-alkaa',
    kind: 'media_release',
    phaseKey: 'start-up',
    publishedAt: '2013-03-04T07:00:00Z',
    title: {
      fi: 'Rauman Tarina alkaa – koko kaupunki mukaan',
      sv: 'Raumos berättelse börjar – hela staden med',
      en: "Rauma's Story begins – the whole city joins in",
    },
    summary: {
      fi: 'Rauma valmistelee strategiansa uudella tavalla: tarinana, jota asukkaat, yritykset, yhteisöt, henkilöstö ja päättäjät kirjoittavat yhdessä.',
      sv: 'Raumo bereder sin strategi på ett nytt sätt: som en berättelse som invånare, företag, sammanslutningar, personal och beslutsfattare skriver tillsammans.',
      en: 'Rauma is preparing its strategy in a new way: as a story written together by residents, companies, communities, staff and decision-makers.',
    },
    body: {
      fi: `Rauman kaupunki käynnistää strategiatyön, joka poikkeaa totutusta. Paksun asiakirjan sijaan kaupunki kirjoittaa tulevaisuudestaan tarinan – Rauman Tarinan – ja kutsuu kaikki raumalaiset mukaan.

– Haluamme, että mahdollisimman moni pääsee vaikuttamaan siihen, mihin suuntaan Rauma kehittyy. Yksityiskohtien sijaan etsimme yhteistä suuntaa ja yhteistä tahtoa, kaupunginjohtaja sanoo.

Kevään aikana tarinaa rakennetaan neljää reittiä:

- Kaupungin kehittämisfoorumille avataan maaliskuussa osallistumissivusto, jossa on verkkokyselyjä, tietoa työn etenemisestä ja blogi.
- Eri sektoreita edustavat RAUMAVIISAAT kokoontuvat tulevaisuustyöpajaan 8. maaliskuuta.
- Kaupungin henkilöstö osallistuu henkilöstötyöpajaan ja työyhteisöjen dialogiin.
- Kaupunginvaltuusto ja kaupunginhallitus työstävät tarinaa seminaareissaan.

Kaupunkilaisia odotetaan myös asukastapahtumaan, joka järjestetään Rauma-päivän yhteydessä 17. huhtikuuta.

Kaupunginvaltuuston on tarkoitus hyväksyä Rauman Tarina elo–syyskuussa. Syksyllä hallintokunnat johtavat tarinasta omat tavoitteensa, jotta tarina näkyy kaupungin arjessa.

Työtä koordinoi kaupungin projektiryhmä, ja fasilitointikumppani tukee työpajojen ja seminaarien järjestämisessä.

**Lisätietoja:** Rauman kaupunki, Rauman Tarinan projektikoordinaattori ja viestintä.`,
      sv: `Raumo stad inleder ett strategiarbete som skiljer sig från det vanliga. I stället för ett tjockt dokument skriver staden en berättelse om sin framtid – Raumos berättelse – och bjuder in alla raumobor att delta.

– Vi vill att så många som möjligt ska kunna påverka vart Raumo är på väg. I stället för detaljer söker vi en gemensam riktning och en gemensam vilja, säger stadsdirektören.

Under våren byggs berättelsen upp på fyra sätt:

- På stadens utvecklingsforum öppnas i mars en webbplats för delaktighet med webbenkäter, information om hur arbetet framskrider och en blogg.
- RAUMAVIISAAT, som företräder olika sektorer, samlas till en framtidsverkstad den 8 mars.
- Stadens personal deltar i en workshop och i dialogen i arbetsgemenskaperna.
- Stadsfullmäktige och stadsstyrelsen bearbetar berättelsen på sina seminarier.

Stadsborna är också välkomna till ett invånarevenemang i samband med Raumodagen den 17 april.

Avsikten är att stadsfullmäktige ska godkänna Raumos berättelse i augusti–september. På hösten härleder förvaltningarna sina egna mål ur berättelsen, så att den syns i stadens vardag.

Arbetet samordnas av stadens projektgrupp, och en faciliteringspartner hjälper till med workshopparna och seminarierna.

**Mer information:** Raumo stad, projektkoordinatorn för Raumos berättelse och kommunikationen.`,
      en: `The City of Rauma is launching strategy work of an unusual kind. Instead of a thick document, the city is writing a story about its future – Rauma's Story – and invites everyone in Rauma to take part.

"We want as many people as possible to have a say in the direction Rauma takes. Rather than details, we are looking for a shared direction and a shared will," says the mayor.

During the spring the story is built along four routes:

- In March a participation website opens on the city's development forum, with online surveys, news on the progress of the work and a blog.
- RAUMAVIISAAT, people representing different sectors, meet in a future workshop on 8 March.
- The city's staff take part in a staff workshop and in a dialogue within their work communities.
- The city council and the city board work on the story in their seminars.

Residents are also welcome to a residents' event held with Rauma Day on 17 April.

The city council is expected to approve Rauma's Story in August–September. In the autumn the administrative units will derive their own goals from the story, so that it shows in the city's everyday work.

The work is coordinated by the city's project group, with a facilitation partner supporting the workshops and seminars.

**More information:** City of Rauma, the project coordinator of Rauma's Story and communications.`,
    },
  },
  {
    slug: 'raumaviisaat-antoivat-alkusysayksen',
    kind: 'blog',
    phaseKey: 'voices',
    publishedAt: '2013-03-11T10:00:00Z',
    title: {
      fi: 'RAUMAVIISAAT antoivat tarinalle alkusysäyksen',
      sv: 'RAUMAVIISAAT gav berättelsen dess första puff',
      en: 'RAUMAVIISAAT gave the story its first push',
    },
    summary: {
      fi: 'Ensimmäisessä tulevaisuustyöpajassa katsottiin Raumaa eilen, tänään ja huomenna ja etsittiin tarinan keskeisiä tekijöitä.',
      sv: 'I den första framtidsverkstaden såg vi på Raumo i går, i dag och i morgon och sökte berättelsens nyckelfaktorer.',
      en: 'The first future workshop looked at Rauma yesterday, today and tomorrow and searched for the key factors of the story.',
    },
    body: {
      fi: `Perjantai-iltapäivänä kaupungin kutsumat RAUMAVIISAAT kokoontuivat ensimmäiseen tulevaisuustyöpajaan. Pöytien ääressä istui ihmisiä asumisen, työllistymisen, koulutuksen ja tutkimuksen, elinkeinojen, kulttuurin, matkailun, vapaa-ajan, peruspalveluiden, median ja kansainvälisyyden parista sekä nuorten ja varttuneempien asioita ja markkinointia ja viestintää tuntevia.

Työpajan otsikko oli *Strategiasta tarinaksi*. Aloitimme kysymällä, millainen Rauma oli eilen ja millainen se on tänään. Sen jälkeen tutkimme ajan ilmiöitä: mitkä muutokset maailmalla ja Suomessa koskettavat Raumaa, ja mitä mahdollisuuksia ne avaavat?

Keskustelussa palattiin usein samoihin aiheisiin. Esiin nousivat muun muassa meri ja satama, Vanha Rauma, osaaminen ja työpaikat, arjen palvelut sekä se, miten nuoret ja varttuneemmat löytävät paikkansa kaupungissa. Lopuksi jokainen ryhmä nimesi asioita, joiden varaan Rauman Tarina sen mielestä rakentuu – tarinan keskeisiä tekijöitä.

Työpajan aineisto ei ole vielä tarina vaan sen raaka-ainetta. Projektiryhmä kokoaa sen yhteen, ja ainekset viedään johtoryhmän seminaariin, henkilöstötyöpajaan ja päättäjien laajaan strategiaseminaariin. RAUMAVIISAAT tapaavat uudelleen aamukahvilla 10. huhtikuuta, jolloin katsomme yhdessä, missä mennään.

Kiitos kaikille mukana olleille! Jos et päässyt paikalle, voit vastata verkkokyselyyn osallistumissivustolla.`,
      sv: `På fredagseftermiddagen samlades de RAUMAVIISAAT som staden bjudit in till den första framtidsverkstaden. Kring borden satt personer från boende, sysselsättning, utbildning och forskning, näringsliv, kultur, turism, fritid, basservice, medier och internationalisering, och personer som känner till de ungas och de äldres frågor samt marknadsföring och kommunikation.

Verkstaden hade rubriken *Från strategi till berättelse*. Vi började med att fråga hurdant Raumo var i går och hurdant det är i dag. Sedan studerade vi tidens fenomen: vilka förändringar i världen och i Finland berör Raumo, och vilka möjligheter öppnar de?

Samtalen återvände ofta till samma teman. Bland annat havet och hamnen, Gamla Raumo, kunnande och arbetsplatser, vardagens service och frågan om hur unga och äldre hittar sin plats i staden lyftes fram. Till sist fick varje grupp nämna det som Raumos berättelse enligt dem bygger på – berättelsens nyckelfaktorer.

Materialet från verkstaden är ännu ingen berättelse utan råmaterial till den. Projektgruppen sammanställer det, och ingredienserna förs vidare till ledningsgruppens seminarium, personalens workshop och beslutsfattarnas breda strategiseminarium. RAUMAVIISAAT träffas igen på morgonkaffe den 10 april, då vi tillsammans ser var vi står.

Tack till alla som var med! Om du inte kunde komma kan du svara på webbenkäten på webbplatsen för delaktighet.`,
      en: `On Friday afternoon the RAUMAVIISAAT invited by the city met for the first future workshop. Around the tables sat people from housing, employment, education and research, business, culture, tourism, leisure, basic services, media and internationality, along with people who know the concerns of the young and the elderly, and marketing and communication.

The workshop was titled *From strategy to story*. We began by asking what Rauma was like yesterday and what it is like today. Then we studied the phenomena of our time: which changes in the world and in Finland touch Rauma, and what opportunities do they open?

The conversation kept returning to the same themes. Among them were the sea and the port, Old Rauma, skills and jobs, everyday services, and how the young and the elderly find their place in the city. Finally each group named what they think Rauma's Story rests on – the key factors of the story.

What the workshop produced is not yet a story but raw material for one. The project group is compiling it, and the ingredients will be taken to the management team's seminar, the staff workshop and the decision-makers' broad strategy seminar. RAUMAVIISAAT meet again over morning coffee on 10 April to see together where we are.

Thank you to everyone who came! If you could not make it, you can answer the online survey on the participation website.`,
    },
  },
  {
    slug: 'henkilosto-tarttui-tarinaan',
    kind: 'blog',
    phaseKey: 'voices',
    publishedAt: '2013-03-25T10:00:00Z',
    title: {
      fi: 'Henkilöstö tarttui tarinaan',
      sv: 'Personalen tog tag i berättelsen',
      en: 'Staff take hold of the story',
    },
    summary: {
      fi: 'Henkilöstötyöpajaan kokoontui 70 kaupungin työntekijää eri hallintokunnista pohtimaan, mitä Rauman Tarina tarkoittaa omassa työssä.',
      sv: 'Till personalens workshop samlades 70 anställda från olika förvaltningar för att fundera på vad Raumos berättelse betyder i det egna arbetet.',
      en: "Seventy city employees from different administrative units met in the staff workshop to consider what Rauma's Story means in their own work.",
    },
    body: {
      fi: `Henkilöstötyöpajan paikat täyttyivät ilmoittautumisjärjestyksessä, ja perjantaina koolla oli 70 kaupungin työntekijää eri hallintokunnista. Samoissa pöydissä istuivat niin varhaiskasvatuksen, vanhuspalveluiden kuin teknisen toimen väki.

Kaupungin työntekijät kohtaavat raumalaiset joka päivä, ja siksi heidän äänensä on tarinassa tärkeä. Pohdimme, mitä asiakaslähtöinen, joustava ja nopeasti reagoiva toimintakulttuuri tarkoittaisi käytännössä. Mikä meillä toimii jo nyt? Mikä hidastaa? Millaisen tarinan haluaisimme kertoa työpaikastamme?

Moni osallistuja sanoi arvostavansa sitä, että henkilöstöä kuullaan jo ennen kuin mitään on päätetty. Keskustelua käytiin myös siitä, miten kaupungin strategia saadaan näkymään muuallakin kuin asiakirjoissa.

Työpajan tuotokset viedään tarinan työstämiseen yhdessä RAUMAVIISAIDEN ja johtoryhmän aineistojen kanssa. Toukokuussa vuorossa on hallintokuntien johtoryhmien työpaja, jossa käydään läpi, mitä tarinan päämäärät tarkoittavat kunkin hallintokunnan työssä. Samalla käynnistyy REAL-yhteisödialogi: kaikki työyhteisöt pääsevät keskustelemaan tarinasta dialogityökalun avulla.

Jos et mahtunut työpajaan, älä huolestu – tarina koskee jokaista. Vastaa verkkokyselyyn tai kommentoi osallistumissivustolla.`,
      sv: `Platserna i personalens workshop fylldes i anmälningsordning, och på fredagen var 70 anställda från olika förvaltningar på plats. Vid samma bord satt folk från småbarnspedagogiken, äldreomsorgen och tekniska väsendet.

Stadens anställda möter raumoborna varje dag, och därför är deras röst viktig i berättelsen. Vi funderade på vad en kundorienterad, flexibel och snabbt reagerande verksamhetskultur skulle innebära i praktiken. Vad fungerar redan nu? Vad bromsar? Vilken berättelse skulle vi vilja berätta om vår arbetsplats?

Många deltagare sade att de uppskattar att personalen blir hörd redan innan något har beslutats. Vi talade också om hur stadens strategi kan synas på annat håll än i dokumenten.

Resultaten från workshoppen förs vidare till arbetet med berättelsen tillsammans med materialet från RAUMAVIISAAT och ledningsgruppen. I maj är det dags för en workshop för förvaltningarnas ledningsgrupper, där vi går igenom vad berättelsens mål betyder i varje förvaltnings arbete. Samtidigt inleds REAL-dialogen: alla arbetsgemenskaper får samtala om berättelsen med hjälp av ett dialogverktyg.

Om du inte fick plats i workshoppen, oroa dig inte – berättelsen gäller alla. Svara på webbenkäten eller kommentera på webbplatsen för delaktighet.`,
      en: `Places in the staff workshop were filled in order of registration, and on Friday 70 city employees from different administrative units came together. People from early childhood education, elderly care and technical services sat at the same tables.

City employees meet the people of Rauma every day, which is why their voice matters in the story. We considered what a customer-oriented, flexible and fast-reacting working culture would mean in practice. What already works for us? What slows us down? What story would we like to tell about our workplace?

Many participants said they valued being heard before anything has been decided. There was also discussion of how the city's strategy could be seen somewhere other than in documents.

What the workshop produced will feed into the work on the story, together with the material from RAUMAVIISAAT and the management team. In May it is the turn of the units' management teams, who will work out what the story's goals mean in the work of each unit. At the same time the REAL community dialogue begins: every work community gets to discuss the story with the help of a dialogue tool.

If you did not get a place in the workshop, don't worry – the story concerns everyone. Answer the online survey or comment on the participation website.`,
    },
  },
  {
    slug: 'rauma-paivana-kuultiin-kaupunkilaisia',
    kind: 'blog',
    phaseKey: 'voices',
    publishedAt: '2013-04-17T15:00:00Z',
    title: {
      fi: 'Rauma-päivänä kuultiin kaupunkilaisia',
      sv: 'På Raumodagen fick stadsborna säga sitt',
      en: 'Residents had their say on Rauma Day',
    },
    summary: {
      fi: 'Rauma-päivän asukastapahtumassa kaupunkilaiset kertoivat, mitä he arvostavat Raumassa ja miten tarinan pitäisi jatkua.',
      sv: 'På invånarevenemanget på Raumodagen berättade stadsborna vad de uppskattar i Raumo och hur berättelsen borde fortsätta.',
      en: "At the residents' event on Rauma Day, people told us what they value in Rauma and how the story should continue.",
    },
    body: {
      fi: `Rauma-päivä on hyvä päivä puhua Raumasta. Asukastapahtumassa kaupunkilaiset pysähtyivät Rauman Tarinan pisteelle kertomaan, mitä he arvostavat kaupungissa eniten ja mitä sen tulevaisuudessa pitäisi tapahtua.

Kysyimme samoja asioita kuin verkkokyselyissä: Mitä arvostat eniten Rauman kaupungissa? Miten tarinan pitäisi jatkua? Mitä tekoja meidän pitäisi tehdä yhdessä, jotta hyvä tarina toteutuu? Ja minkä hyvän teon voit itse tehdä?

Viimeinen kysymys pysäytti monet. Strategiaa on totuttu pitämään kaupungin asiana, mutta Rauman Tarinassa lähtökohta on toinen: hyvä tarina syntyy asukkaiden, yritysten, yhteisöjen ja kaupungin yhteistyöstä. Vastauksissa kuului arjen tekoja naapuriavusta oman kaupungin suosittelemiseen.

Nyt tarina siirtyy työstettäväksi. Kaupunginhallitus kokoontuu seminaariin 22.–23. huhtikuuta ja kaupunginvaltuusto 22.–23. toukokuuta. Niissä tarinalle haetaan suunta ja jäsennetään sen arvopohjaiset päämäärät. Kaikki tähän mennessä kerätty – RAUMAVIISAIDEN, henkilöstön, päättäjien ja kaupunkilaisten ajatukset – on seminaarien pohja-aineistoa.

Verkkokysely on yhä auki osallistumissivustolla. Jos et ehtinyt tänään paikalle, kerro ajatuksesi siellä. Kiitos kaikille, jotka pysähtyivät juttelemaan!`,
      sv: `Raumodagen är en bra dag att tala om Raumo. På invånarevenemanget stannade stadsborna vid bordet för Raumos berättelse för att berätta vad de uppskattar mest i staden och vad som borde hända i framtiden.

Vi ställde samma frågor som i webbenkäterna: Vad uppskattar du mest i Raumo stad? Hur borde berättelsen fortsätta? Vad borde vi göra tillsammans för att den goda berättelsen ska bli verklighet? Och vilken god gärning kan du själv göra?

Den sista frågan fick många att stanna upp. Vi är vana vid att strategin är stadens sak, men Raumos berättelse utgår från något annat: en god berättelse föds i samarbete mellan invånare, företag, sammanslutningar och staden. I svaren hördes vardagliga gärningar, från att hjälpa grannen till att rekommendera sin egen stad.

Nu går berättelsen vidare till bearbetning. Stadsstyrelsen samlas till seminarium den 22–23 april och stadsfullmäktige den 22–23 maj. Där söker man en riktning för berättelsen och strukturerar dess värdebaserade mål. Allt som samlats in hittills – tankarna från RAUMAVIISAAT, personalen, beslutsfattarna och stadsborna – är underlag för seminarierna.

Webbenkäten är fortfarande öppen på webbplatsen för delaktighet. Om du inte hann komma i dag kan du berätta vad du tycker där. Tack till alla som stannade för att prata!`,
      en: `Rauma Day is a good day to talk about Rauma. At the residents' event, people stopped by the stand of Rauma's Story to tell us what they value most in the city and what should happen in its future.

We asked the same questions as in the online surveys: What do you value most in the city of Rauma? How should the story continue? What should we do together so that the good story comes true? And what good deed can you do yourself?

The last question made many people pause. We are used to thinking of strategy as the city's business, but Rauma's Story starts from somewhere else: a good story is born from the cooperation of residents, companies, communities and the city. The answers spoke of everyday deeds, from helping a neighbour to recommending one's own town.

Now the story moves on to be worked on. The city board meets for its seminar on 22–23 April and the city council on 22–23 May. There the story is given its direction and its value-based goals are given structure. Everything gathered so far – the thoughts of RAUMAVIISAAT, staff, decision-makers and residents – is the groundwork for the seminars.

The online survey is still open on the participation website. If you could not come today, share your thoughts there. Thank you to everyone who stopped to talk!`,
    },
  },
  {
    slug: 'valtuusto-hyvaksyi-rauman-tarinan',
    kind: 'blog',
    phaseKey: 'decision',
    publishedAt: '2013-09-27T09:00:00Z',
    title: {
      fi: 'Valtuusto hyväksyi Rauman Tarinan – nyt tarina viedään arkeen',
      sv: 'Fullmäktige godkände Raumos berättelse – nu förs den ut i vardagen',
      en: "The council approved Rauma's Story – now it goes into everyday work",
    },
    summary: {
      fi: 'Kaupunginvaltuusto on hyväksynyt Rauman Tarinan. Syksyllä hallintokunnat johtavat tarinasta omat tavoitteensa.',
      sv: 'Stadsfullmäktige har godkänt Raumos berättelse. På hösten härleder förvaltningarna sina egna mål ur berättelsen.',
      en: "The city council has approved Rauma's Story. This autumn the administrative units derive their own goals from it.",
    },
    body: {
      fi: `Kaupunginvaltuusto on hyväksynyt Rauman Tarinan. Keväällä alkanut työ on saanut päätöksensä, mutta tarina ei pääty tähän – nyt se alkaa elää.

Tarinaa on kirjoitettu monessa pöydässä. RAUMAVIISAAT antoivat sille alkusysäyksen tulevaisuustyöpajassa, henkilöstö pohti sitä omassa työpajassaan, kaupunkilaiset kertoivat ajatuksiaan verkkokyselyissä ja Rauma-päivänä, ja päättäjät linjasivat sen suuntaa seminaareissaan. Tuloksena on yhteinen käsitys siitä, mihin suuntaan Raumaa kehitetään – vähemmän yksityiskohtia, enemmän yhteistä tahtoa.

Syksyllä on hallintokuntien vuoro ottaa tarina omakseen. Kukin hallintokunta johtaa tarinasta omat tavoitteensa: mitä Rauman Tarinan päämäärät tarkoittavat meidän palveluissamme ja meidän työssämme? Työyhteisöissä jatketaan REAL-yhteisödialogia, joka käynnistyi keväällä.

Päätös ei tarkoita, että osallistuminen loppuisi. Osallistumissivusto pysyy auki, ja blogi seuraa edelleen, miten tarina näkyy kaupungin arjessa. Työstä kootaan myös loppuraportti, jossa kerrotaan, mitä tehtiin ja mitä siitä syntyi.

Kiitos jokaiselle, joka on kirjoittanut Rauman Tarinaa kanssamme – kysymällä, vastaamalla, kuuntelemalla ja päättämällä. Rauman Tarina jatkuu!`,
      sv: `Stadsfullmäktige har godkänt Raumos berättelse. Arbetet som började i våras har nu fått sitt beslut, men berättelsen slutar inte här – nu börjar den leva.

Berättelsen har skrivits vid många bord. RAUMAVIISAAT gav den dess första puff i framtidsverkstaden, personalen funderade över den i sin workshop, stadsborna delade med sig av sina tankar i webbenkäterna och på Raumodagen, och beslutsfattarna drog upp riktlinjerna på sina seminarier. Resultatet är en gemensam bild av vart Raumo ska utvecklas – färre detaljer, mer gemensam vilja.

I höst är det förvaltningarnas tur att ta berättelsen till sig. Varje förvaltning härleder sina egna mål ur berättelsen: vad betyder målen i Raumos berättelse i vår service och i vårt arbete? I arbetsgemenskaperna fortsätter REAL-dialogen som inleddes i våras.

Beslutet betyder inte att delaktigheten tar slut. Webbplatsen för delaktighet förblir öppen, och bloggen fortsätter att följa hur berättelsen syns i stadens vardag. Arbetet sammanfattas också i en slutrapport om vad som gjordes och vad det ledde till.

Tack till var och en som har skrivit Raumos berättelse tillsammans med oss – genom att fråga, svara, lyssna och besluta. Raumos berättelse fortsätter!`,
      en: `The city council has approved Rauma's Story. The work that began in the spring now has its decision, but the story does not end here – now it comes to life.

The story has been written at many tables. RAUMAVIISAAT gave it its first push in the future workshop, staff considered it in their own workshop, residents shared their thoughts in the online surveys and on Rauma Day, and decision-makers set its direction in their seminars. The result is a shared understanding of the direction in which Rauma is to develop – fewer details, more shared will.

This autumn it is the administrative units' turn to take ownership of the story. Each unit derives its own goals from the story: what do the goals of Rauma's Story mean in our services and in our work? Work communities carry on with the REAL community dialogue that began in the spring.

The decision does not mean that participation ends. The participation website stays open, and the blog will keep following how the story shows in the city's everyday life. The work will also be summed up in a final report on what was done and what came of it.

Thank you to everyone who has written Rauma's Story with us – by asking, answering, listening and deciding. Rauma's Story continues!`,
    },
  },
];

/** The static pages of the participation site: accessibility statement and privacy notice. */
export const raumaPages: DemoPage[] = [
  {
    slug: 'accessibility',
    title: { fi: 'Saavutettavuusseloste', sv: 'Tillgänglighetsutlåtande', en: 'Accessibility statement' },
    body: {
      fi: `Tämä saavutettavuusseloste koskee Rauman Tarinan osallistumissivustoa. Seloste on laadittu digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti. Sivusto on esittelyaineistoa, joka kuvaa Rauman kaupungin vuoden 2013 strategiaprosessia.

## Saavutettavuuden tila

Tavoitteenamme on, että sivusto täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset. Sivusto täyttää vaatimukset osittain. Tunnetut puutteet on lueteltu alla, ja korjaamme ne sitä mukaa kuin niitä löytyy.

## Sisältö, joka ei ole saavutettavaa

- Käyttäjien lähettämät liitteet ja kuvat eivät välttämättä täytä saavutettavuusvaatimuksia.
- Jos sivustolla julkaistaan vuoden 2013 alkuperäisiä toimistotiedostoja, kuten esityskalvoja PDF-muodossa, niitä ei ole muokattu saavutettaviksi. Laki ei koske ennen 23.9.2018 julkaistuja tiedostoja, jotka eivät ole välttämättömiä käynnissä olevien hallinnollisten prosessien kannalta.

## Miten seloste on laadittu

Seloste perustuu sivuston ylläpitäjän omaan arvioon. Sitä päivitetään, kun sivustoa muutetaan.

## Anna palautetta saavutettavuudesta

Huomasitko sivustolla saavutettavuuspuutteen? Voit myös pyytää sisältöä, joka ei ole saavutettavaa, saavutettavassa muodossa. Lähetä palaute tämän sivun lomakkeella ja kerro, mitä sivua ja mitä puutetta palaute koskee. Vastaamme 14 päivän kuluessa.

## Valvontaviranomainen

Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle.

**Etelä-Suomen aluehallintovirasto**
Saavutettavuuden valvonnan yksikkö
[www.saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi)`,
      sv: `Detta tillgänglighetsutlåtande gäller webbplatsen för delaktighet i Raumos berättelse. Utlåtandet har upprättats enligt lagen om tillhandahållande av digitala tjänster (306/2019). Webbplatsen är demonstrationsmaterial som beskriver Raumo stads strategiprocess år 2013.

## Tillgänglighetsstatus

Vårt mål är att webbplatsen uppfyller kraven på nivå AA i WCAG 2.1. Webbplatsen uppfyller kraven delvis. Kända brister räknas upp nedan, och vi åtgärdar dem allteftersom de upptäcks.

## Innehåll som inte är tillgängligt

- Bilagor och bilder som användarna skickar in uppfyller inte nödvändigtvis tillgänglighetskraven.
- Om ursprungliga kontorsfiler från år 2013, till exempel presentationsbilder i PDF-format, publiceras på webbplatsen har de inte gjorts tillgängliga. Lagen gäller inte filer som publicerats före den 23 september 2018 och som inte behövs för pågående administrativa processer.

## Hur utlåtandet har upprättats

Utlåtandet bygger på webbplatsens administratörs egen bedömning. Det uppdateras när webbplatsen ändras.

## Ge respons om tillgängligheten

Har du upptäckt en tillgänglighetsbrist på webbplatsen? Du kan också begära innehåll som inte är tillgängligt i tillgänglig form. Skicka din respons med formuläret på denna sida och berätta vilken sida och vilken brist responsen gäller. Vi svarar inom 14 dagar.

## Tillsynsmyndighet

Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten.

**Regionförvaltningsverket i Södra Finland**
Enheten för tillgänglighetstillsyn
[www.saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi) (på svenska: [www.tillganglighetskrav.fi](https://www.tillganglighetskrav.fi))`,
      en: `This accessibility statement applies to the participation website of Rauma's Story. It has been drawn up in accordance with the Act on the Provision of Digital Services (306/2019). The site is demonstration material describing the City of Rauma's 2013 strategy process.

## Compliance status

Our aim is that the site meets level AA of WCAG 2.1. The site partially meets these requirements. Known shortcomings are listed below, and we fix them as they are found.

## Content that is not accessible

- Attachments and images uploaded by users may not meet the accessibility requirements.
- If original office files from 2013, such as presentation slides in PDF format, are published on the site, they have not been made accessible. The Act does not apply to files published before 23 September 2018 that are not needed for active administrative processes.

## How this statement was prepared

The statement is based on a self-assessment by the site's administrator. It is updated whenever the site changes.

## Give feedback on accessibility

Did you notice an accessibility shortcoming on the site? You can also ask for content that is not accessible in an accessible form. Send your feedback with the form on this page, and tell us which page and which shortcoming it concerns. We reply within 14 days.

## Supervisory authority

If you notice accessibility problems on the site, first give feedback to us. If you are not satisfied with the reply, or you get no reply within two weeks, you can notify the supervisory authority.

**Regional State Administrative Agency for Southern Finland**
Accessibility Monitoring Unit
[www.saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi) (in English: [www.webaccessibility.fi](https://www.webaccessibility.fi))`,
    },
  },
  {
    slug: 'privacy',
    title: { fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice' },
    body: {
      fi: `Tämä seloste kertoo, miten Rauman Tarinan osallistumissivusto käsittelee henkilötietojasi.

## Rekisterinpitäjä

Rauman kaupunki. Tietosuojaa koskevat yhteydenotot kaupungin kirjaamon kautta.

## Mitä tietoja keräämme

- **Sähköpostiosoite**, jolla kirjaudut ja jolla voimme lähettää sinulle tilisi kannalta tarpeellisia viestejä.
- **Näyttönimi**, joka näkyy osallistumistesi yhteydessä. Sen ei tarvitse olla oikea nimesi.
- **Osallistumisesi**: kommentit, ideat, kyselyvastaukset ja muut sivustolle lähettämäsi sisällöt.

## Mihin tietoja käytetään

- kirjautumiseen ja tilin ylläpitoon
- osallistumistesi julkaisemiseen ja keskustelun moderointiin
- strategiatyön valmisteluun: osallistumisista kootaan yhteenvetoja, joissa ei ole henkilötietoja.

Käsittelyn peruste on yleisen edun mukaisen tehtävän hoitaminen: kunnan on huolehdittava asukkaidensa osallistumis- ja vaikuttamismahdollisuuksista (kuntalaki 410/2015, 22 §). Tietoja ei käytetä markkinointiin.

## Kuinka kauan tietoja säilytetään

Tilin tiedot ja osallistumisesi säilytetään niin kauan kuin tilisi on olemassa. Kun poistat tilisi, sähköpostiosoitteesi, näyttönimesi ja osallistumisesi poistetaan. Prosessin yhteenvedot ja loppuraportti, joissa ei ole henkilötietoja, säilytetään kaupungin arkistossa.

## Oikeutesi

- **Tietojen siirto ja tarkastus:** voit ladata kaikki tietosi koneluettavassa muodossa tilisivulta.
- **Poistaminen:** voit poistaa tilisi ja siihen liittyvät tiedot tilisivulta.
- **Oikaisu ja vastustaminen:** voit pyytää virheellisten tietojen korjaamista tai vastustaa käsittelyä ottamalla yhteyttä kaupungin kirjaamoon.
- **Valitus:** voit tehdä valituksen tietosuojavaltuutetun toimistolle ([tietosuoja.fi](https://tietosuoja.fi)).`,
      sv: `Denna beskrivning berättar hur webbplatsen för delaktighet i Raumos berättelse behandlar dina personuppgifter.

## Personuppgiftsansvarig

Raumo stad. Kontakter som gäller dataskydd sköts via stadens registratorskontor.

## Vilka uppgifter vi samlar in

- **E-postadress**, som du loggar in med och som vi kan använda för meddelanden som behövs för ditt konto.
- **Visningsnamn**, som visas i samband med dina inlägg. Det behöver inte vara ditt riktiga namn.
- **Dina inlägg**: kommentarer, idéer, enkätsvar och annat innehåll som du skickar till webbplatsen.

## Vad uppgifterna används till

- inloggning och underhåll av kontot
- publicering av dina inlägg och moderering av diskussionen
- beredningen av strategiarbetet: inläggen sammanfattas utan personuppgifter.

Grunden för behandlingen är att utföra en uppgift av allmänt intresse: kommunen ska se till att invånarna har möjlighet att delta och påverka (kommunallagen 410/2015, 22 §). Uppgifterna används inte för marknadsföring.

## Hur länge uppgifterna sparas

Kontouppgifterna och dina inlägg sparas så länge ditt konto finns. När du raderar ditt konto raderas din e-postadress, ditt visningsnamn och dina inlägg. Sammanfattningar och slutrapporten från processen, som inte innehåller personuppgifter, bevaras i stadens arkiv.

## Dina rättigheter

- **Dataportabilitet och insyn:** du kan ladda ned alla dina uppgifter i maskinläsbar form på kontosidan.
- **Radering:** du kan radera ditt konto och uppgifterna som hör till det på kontosidan.
- **Rättelse och invändning:** du kan begära att felaktiga uppgifter rättas eller invända mot behandlingen genom att kontakta stadens registratorskontor.
- **Klagomål:** du kan lämna in ett klagomål till dataombudsmannens byrå ([tietosuoja.fi/sv](https://tietosuoja.fi/sv)).`,
      en: `This notice explains how the participation website of Rauma's Story processes your personal data.

## Controller

City of Rauma. Contact on data protection matters through the city's registry office.

## What we collect

- **E-mail address**, which you sign in with and which we may use for messages needed for your account.
- **Display name**, shown with your contributions. It does not have to be your real name.
- **Your contributions**: comments, ideas, survey answers and other content you submit to the site.

## What the data is used for

- signing in and maintaining your account
- publishing your contributions and moderating the discussion
- preparing the strategy work: contributions are summarised without personal data.

The legal basis is the performance of a task in the public interest: a municipality must ensure that its residents can participate and have their say (Local Government Act 410/2015, section 22). The data is not used for marketing.

## How long the data is kept

Your account data and contributions are kept as long as your account exists. When you delete your account, your e-mail address, display name and contributions are deleted. Summaries and the final report of the process, which contain no personal data, are kept in the city's archive.

## Your rights

- **Portability and access:** you can download all your data in a machine-readable format on the account page.
- **Erasure:** you can delete your account and the data linked to it on the account page.
- **Rectification and objection:** you can ask for incorrect data to be corrected, or object to the processing, by contacting the city's registry office.
- **Complaint:** you can lodge a complaint with the Office of the Data Protection Ombudsman ([tietosuoja.fi/en](https://tietosuoja.fi/en)).`,
    },
  },
];
