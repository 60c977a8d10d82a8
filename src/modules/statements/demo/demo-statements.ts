/**
 * The demo's statements about Rauma's future, written for the demo (the 2013
 * process had no statements channel). Each carries how three made-up
 * outlooks lean on it — growth and business, green and communal, services
 * close to home — from which the demo's voters are drawn: +1 mostly agree,
 * −1 mostly disagree, 0 split.
 */

/** A demo statement with the leaning of each outlook. */
export interface DemoStatement {
  text: string;
  language: 'fi' | 'sv' | 'en';
  lean: [number, number, number];
}

/** The channel's question in the three languages. */
export const DEMO_QUESTION = {
  fi: 'Millainen Rauman pitäisi olla vuonna 2025?',
  sv: 'Hurdant borde Raumo vara år 2025?',
  en: 'What should Rauma be like in 2025?',
};

/** The organiser's seed statements. */
export const DEMO_STATEMENTS: DemoStatement[] = [
  { text: 'Vanha Rauma on kaupungin tärkein voimavara, ja sen suojelusta on pidettävä kiinni.', language: 'fi', lean: [1, 1, 1] },
  { text: 'Rauman sataman laajentaminen on kaupungin elinvoiman kannalta välttämätöntä.', language: 'fi', lean: [1, -1, 0] },
  { text: 'Kauppatorille tarvitaan lisää kahviloita ja elämää myös iltaisin.', language: 'fi', lean: [1, 1, 0] },
  { text: 'Kouluverkkoa ei pidä harventaa, vaikka oppilaita on aiempaa vähemmän.', language: 'fi', lean: [-1, 0, 1] },
  { text: 'Kaupungin pitää houkutella uusia yrityksiä nopeuttamalla lupakäsittelyä.', language: 'fi', lean: [1, -1, 0] },
  { text: 'Pyöräteitä on parannettava ennen kuin keskustaan rakennetaan uusia pysäköintitaloja.', language: 'fi', lean: [-1, 1, 0] },
  { text: 'Ikäihmisten palvelut on turvattava, vaikka muista menoista jouduttaisiin karsimaan.', language: 'fi', lean: [-1, 0, 1] },
  { text: 'Kunnallisveroa ei saa korottaa.', language: 'fi', lean: [1, -1, 0] },
  { text: 'Rauman pitää profiloitua kulttuurikaupunkina, jonka tapahtumat tunnetaan koko maassa.', language: 'fi', lean: [0, 1, -1] },
  { text: 'Teollisuuden työpaikat ovat Rauman tulevaisuuden perusta.', language: 'fi', lean: [1, -1, 1] },
  { text: 'Merenrantaan on rakennettava uusi asuinalue.', language: 'fi', lean: [1, -1, 0] },
  { text: 'Rantojen pitää jäädä kaikkien virkistyskäyttöön.', language: 'fi', lean: [0, 1, 1] },
  { text: 'Terveyskeskuksen lääkärille on päästävä viikon sisällä.', language: 'fi', lean: [1, 1, 1] },
  { text: 'Kaupungin päätöksenteon pitää olla avoimempaa ja kuunnella asukkaita enemmän.', language: 'fi', lean: [1, 1, 1] },
  { text: 'Raumalaista pitsiä ja Rauman giäl on vaalittava osana kaupungin markkinointia.', language: 'fi', lean: [0, 1, 1] },
  { text: 'Kaupunki panostaa liikaa keskustaan ja unohtaa reuna-alueet.', language: 'fi', lean: [-1, 0, 1] },
  { text: 'Joukkoliikenteen vuoroja on lisättävä, vaikka se maksaa.', language: 'fi', lean: [-1, 1, 1] },
  { text: 'Matkailu on Rauman suurin kasvun mahdollisuus.', language: 'fi', lean: [1, 0, -1] },
  { text: 'Kaupungin on vähennettävä päästöjään nopeammin kuin valtio vaatii.', language: 'fi', lean: [-1, 1, -1] },
  { text: 'Nuorille tarvitaan enemmän omia kohtaamispaikkoja keskustassa.', language: 'fi', lean: [0, 1, 0] },
  { text: 'Kirjastosta ei pidä säästää.', language: 'fi', lean: [-1, 1, 1] },
  { text: 'Kaupunki voi myydä kiinteistöjä, joita se ei tarvitse palveluihin.', language: 'fi', lean: [1, 0, -1] },
  { text: 'Yrittäjien ja kaupungin yhteistyö toimii jo nyt hyvin.', language: 'fi', lean: [1, -1, -1] },
  { text: 'Maahanmuuttajien kotoutumiseen on panostettava, jotta Rauma saa osaavaa työvoimaa.', language: 'fi', lean: [1, 1, -1] },
  { text: 'Ulkoilureittejä ja luontopolkuja on hoidettava paremmin.', language: 'fi', lean: [0, 1, 1] },
  { text: 'Asuinalueille tarvitaan enemmän yhteisiä tapahtumia, joita asukkaat järjestävät itse.', language: 'fi', lean: [0, 1, 1] },
  { text: 'Palveluja voi siirtää verkkoon, kunhan apua saa myös kasvokkain.', language: 'fi', lean: [1, 1, 0] },
  { text: 'Yksityisiä palveluntuottajia pitää käyttää nykyistä enemmän.', language: 'fi', lean: [1, -1, -1] },
  { text: 'Keskustan autoliikennettä on rajoitettava.', language: 'fi', lean: [-1, 1, -1] },
  { text: 'Rauman on tehtävä tiivistä yhteistyötä naapurikuntien kanssa.', language: 'fi', lean: [1, 1, 1] },
  { text: 'Uusi jäähalli on tärkeämpi kuin kirjaston laajennus.', language: 'fi', lean: [1, -1, 0] },
  { text: 'Kaupunki ei saa ottaa lisää velkaa.', language: 'fi', lean: [1, -1, 1] },
  { text: 'Raumalle on saatava korkeakoulutasoista koulutusta.', language: 'fi', lean: [1, 1, 0] },
  { text: 'Henkilöstön hyvinvointi näkyy suoraan palvelujen laadussa.', language: 'fi', lean: [1, 1, 1] },
  { text: 'Tonttien hinnat on pidettävä kohtuullisina, jotta nuoret perheet jäävät Raumalle.', language: 'fi', lean: [1, 1, 1] },
  { text: 'Tuulivoimaa on rakennettava Rauman edustalle.', language: 'fi', lean: [1, 1, -1] },
  { text: 'Raumo borde synas mer på svenska för turister och nya invånare.', language: 'sv', lean: [1, 1, -1] },
  { text: 'Skärgården borde användas mer för turism.', language: 'sv', lean: [1, 0, -1] },
  { text: 'Rauma should welcome international students and workers more actively.', language: 'en', lean: [1, 1, -1] },
  { text: 'The city should publish its budget in a form every resident can understand.', language: 'en', lean: [1, 1, 1] },
];

/** Statements demo participants wrote: one published after review, one waiting for a moderator, one hidden. */
export const DEMO_PARTICIPANT_STATEMENTS = [
  {
    text: 'Kiikanmäen uimahalli on pidettävä auki myös kesällä.',
    language: 'fi' as const,
    status: 'published' as const,
    lean: [0, 1, 1] as [number, number, number],
  },
  {
    text: 'Lapin ja Kodisjoen kyläkouluille on taattava jatko.',
    language: 'fi' as const,
    status: 'pending' as const,
    lean: [0, 0, 1] as [number, number, number],
  },
  {
    text: 'Mainos: osta halvat lomamatkat osoitteesta example.invalid!',
    language: 'fi' as const,
    status: 'hidden' as const,
    lean: [0, 0, 0] as [number, number, number],
  },
];
