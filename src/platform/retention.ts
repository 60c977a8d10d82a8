import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { LocalizedText } from './i18n/locales.ts';
import type { AppContext } from './module.ts';

/**
 * How long one kind of personal data is kept, declared in the manifest of the module that
 * keeps it (next to its personal-data handlers) and listed on every organisation's public
 * privacy page. Its words are in the declaration (fi, sv, en) because the privacy page shows
 * every module's rules and they change together with the code that removes the data.
 */
export interface RetentionRule {
  /** `module.rule`, unique. */
  name: string;
  /** What is kept, in a few words ("Signed-in sessions"). */
  data: LocalizedText;
  /** How long and what happens then, in a sentence ("Removed 30 days after they expire."). */
  period: LocalizedText;
  /**
   * Removes or anonymises what is due at `now` (every organisation: the rules are the
   * installation's) and answers how many rows or files it touched. Run by the privacy module's
   * `privacy.retention` job. Absent when the module's own job does it (`job`) or nothing is removed.
   */
  purge?: (context: AppContext, now: Date) => Promise<number>;
  /** The job that carries the rule out when it is not `purge`, e.g. `events.answer-purge`. */
  job?: string;
}

/** The instant `days` days before `now`, as stored (ISO text). */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
}

/** How long the file mailer's .eml files (kept only when no SMTP_URL is set) stay. */
export const MAIL_FILE_DAYS = 30;

/**
 * The platform's own rules: the audit log and the list of erased subjects are kept (the first
 * must stay verifiable as a chain; the second holds only hashes and makes erasures survive a
 * restore), and mails written to files without SMTP are removed after a month.
 */
export const platformRetention: RetentionRule[] = [
  {
    name: 'platform.audit-log',
    data: {
      fi: 'Tapahtumaloki (ylläpidon toimet)',
      sv: 'Händelselogg (administrativa åtgärder)',
      en: 'Audit log (administrative actions)',
    },
    period: {
      fi: 'Säilytetään pysyvästi eikä muuteta: loki on tarkistettava ketju. Poistetun tilin tiedoista lokiin jää vain tunniste.',
      sv: 'Bevaras permanent och ändras inte: loggen är en kontrollerbar kedja. Av ett raderat konto finns endast en identifierare kvar.',
      en: 'Kept permanently and never changed: the log is a verifiable chain. Of a deleted account only an identifier remains.',
    },
  },
  {
    name: 'platform.erased-subjects',
    data: { fi: 'Luettelo poistetuista tileistä', sv: 'Förteckning över raderade konton', en: 'List of erased accounts' },
    period: {
      fi: 'Säilytetään pysyvästi tiivisteinä (ei nimiä eikä osoitteita), jotta poisto pysyy voimassa varmuuskopion palautuksen jälkeen.',
      sv: 'Bevaras permanent som hashvärden (inga namn eller adresser) så att raderingen gäller även efter en återställning.',
      en: 'Kept permanently as hashes (no names or addresses) so that an erasure holds after a backup is restored.',
    },
  },
  {
    name: 'platform.mail-files',
    data: {
      fi: 'Tiedostoihin kirjoitetut sähköpostit (kun postipalvelinta ei ole asetettu)',
      sv: 'E-post som skrivits till filer (när ingen e-postserver är inställd)',
      en: 'Mails written to files (when no mail server is set)',
    },
    period: {
      fi: `Poistetaan ${MAIL_FILE_DAYS} päivän kuluttua.`,
      sv: `Raderas efter ${MAIL_FILE_DAYS} dagar.`,
      en: `Removed after ${MAIL_FILE_DAYS} days.`,
    },
    purge: (context, now) => purgeMailFiles(context.config.mailDir, now),
  },
];

/** Deletes the file mailer's .eml files written more than MAIL_FILE_DAYS ago; answers how many. */
export async function purgeMailFiles(mailDir: string, now: Date): Promise<number> {
  const names = await readdir(mailDir).catch(() => [] as string[]);
  const before = Date.parse(daysBefore(now, MAIL_FILE_DAYS));
  let deleted = 0;
  for (const name of names.filter((candidate) => candidate.endsWith('.eml'))) {
    const file = path.join(mailDir, name);
    const info = await stat(file).catch(() => null);
    if (!info || info.mtimeMs >= before) continue;
    await unlink(file).catch(() => {});
    deleted += 1;
  }
  return deleted;
}

/** Checks the declared rules (unique `module.rule` names) and lists them: the platform's first, then each module's. */
export function collectRetention(modules: Array<{ name: string; retention?: RetentionRule[] }>): RetentionRule[] {
  const seen = new Set(platformRetention.map((rule) => rule.name));
  for (const module of modules) {
    for (const rule of module.retention ?? []) {
      if (!rule.name.startsWith(`${module.name}.`)) throw new Error(`Retention rule ${rule.name} must be named ${module.name}.<rule>`);
      if (seen.has(rule.name)) throw new Error(`Retention rule ${rule.name} is declared twice`);
      seen.add(rule.name);
    }
  }
  return [...platformRetention, ...modules.flatMap((module) => module.retention ?? [])];
}

/**
 * How long a browser's pseudonym in a channel outlives the browser's last activity there: the
 * participant cookie's own lifetime (400 days, renewed on taking part), after which no browser
 * can hold the secret it was made from. Clearing it then loses nothing and leaves no link.
 */
export const PSEUDONYM_DAYS = 400;

/** The words of every module's rule on browsers' pseudonyms (one rule per module that keeps them). */
export function pseudonymRuleWords(channel: LocalizedText): Pick<RetentionRule, 'data' | 'period'> {
  return {
    data: {
      fi: `Tunnuksettomien osallistujien selainkohtaiset salanimet: ${channel.fi}`,
      sv: `Pseudonymer för deltagare utan konto (per webbläsare): ${channel.sv}`,
      en: `Pseudonyms of participants without an account (per browser): ${channel.en}`,
    },
    period: {
      fi: `Salanimi poistetaan, kun selain ei ole osallistunut ${PSEUDONYM_DAYS} päivään; vastaukset jäävät nimettöminä.`,
      sv: `Pseudonymen raderas när webbläsaren inte har deltagit på ${PSEUDONYM_DAYS} dagar; svaren finns kvar anonymt.`,
      en: `The pseudonym is removed once the browser has not taken part for ${PSEUDONYM_DAYS} days; what it gave stays, anonymous.`,
    },
  };
}
