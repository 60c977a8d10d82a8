/**
 * "Download my data" as a readable page: the same export as the JSON, one section per
 * module under its own heading, objects as definition lists, lists as numbered lists, so a
 * person reads it in a browser (and a screen reader walks it by headings) without tools.
 * A self-contained HTML document: no scripts, no outside style sheets.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Locale } from './i18n/locales.ts';

const TEXTS = {
  fi: {
    title: 'Tietosi Tarinassa',
    intro: 'Kaikki, mitä palvelu on tallentanut sinusta, osio kerrallaan. Sama sisältö on myös koneluettavana JSON-tiedostona.',
    exportedAt: 'Koottu',
    empty: 'Ei tietoja.',
    yes: 'kyllä',
    no: 'ei',
  },
  sv: {
    title: 'Dina uppgifter i Tarina',
    intro: 'Allt som tjänsten har sparat om dig, avsnitt för avsnitt. Samma innehåll finns också som en maskinläsbar JSON-fil.',
    exportedAt: 'Sammanställt',
    empty: 'Inga uppgifter.',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    title: 'Your data in Tarina',
    intro:
      'Everything the service has stored about you, section by section. The same content is also available as a machine-readable JSON file.',
    exportedAt: 'Compiled',
    empty: 'No data.',
    yes: 'yes',
    no: 'no',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The sections' headings by module name; a module not named here is headed by its name. */
const SECTIONS: Record<string, Record<Locale, string>> = {
  organisation: { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
  accounts: { fi: 'Käyttäjätili', sv: 'Användarkonto', en: 'Account' },
  processes: { fi: 'Prosessit ja toimielimet', sv: 'Processer och organ', en: 'Processes and bodies' },
  events: { fi: 'Tapahtumat ja ilmoittautumiset', sv: 'Evenemang och anmälningar', en: 'Events and registrations' },
  surveys: { fi: 'Kyselyt', sv: 'Enkäter', en: 'Surveys' },
  statements: { fi: 'Väittämät ja äänet', sv: 'Påståenden och röster', en: 'Statements and votes' },
  workshops: { fi: 'Työpajat', sv: 'Verkstäder', en: 'Workshops' },
  follows: { fi: 'Seuratut prosessit', sv: 'Följda processer', en: 'Followed processes' },
  story: { fi: 'Tarina', sv: 'Berättelsen', en: 'Story' },
  goals: { fi: 'Tavoitteet', sv: 'Mål', en: 'Goals' },
  dialogues: { fi: 'Dialogit', sv: 'Dialoger', en: 'Dialogues' },
  insights: { fi: 'Teemat', sv: 'Teman', en: 'Themes' },
};

/** A field's name as a reader meets it: `lastSignInAt` reads "last sign in at". */
function fieldName(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

function Value({ value, texts }: { value: unknown; texts: (typeof TEXTS)[Locale] }): ComponentChildren {
  if (value === null || value === undefined || value === '') return <span class="empty">–</span>;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return <span class="empty">{texts.empty}</span>;
    return (
      <ol>
        {value.map((item, index) => (
          <li key={index}>
            <Value value={item} texts={texts} />
          </li>
        ))}
      </ol>
    );
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return <span class="empty">{texts.empty}</span>;
  return (
    <dl>
      {entries.map(([key, item]) => (
        <div key={key}>
          <dt>{fieldName(key)}</dt>
          <dd>
            <Value value={item} texts={texts} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
dl{margin:0 0 .5rem}dl>div{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.5rem;border-bottom:1px solid #ddd;padding:.25rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}ol{padding-left:1.5rem}.empty{color:#555}section{margin-top:2rem}`;

/**
 * The export (what `collectPersonalData` answers) as a complete HTML document in the
 * reader's language: one section per module with a heading, every field with its value.
 */
export function renderPersonalDataHtml(data: Record<string, unknown>, locale: Locale): string {
  const texts = TEXTS[locale];
  const { exportedAt, ...parts } = data;
  const body = renderToString(
    <main>
      <h1>{texts.title}</h1>
      <p>{texts.intro}</p>
      <p>
        {texts.exportedAt}: <time dateTime={String(exportedAt)}>{String(exportedAt)}</time>
      </p>
      {Object.entries(parts).map(([name, part]) => (
        <section key={name} aria-labelledby={`part-${name}`}>
          <h2 id={`part-${name}`}>{SECTIONS[name]?.[locale] ?? name}</h2>
          <Value value={part} texts={texts} />
        </section>
      ))}
    </main>,
  );
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${texts.title}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}
