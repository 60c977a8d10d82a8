/**
 * What `npm start` prints once Tarina listens: where it serves, and over the
 * demo, why it listens on 127.0.0.1 only and every demo account with what it
 * may do. The demo's passwords are published, so a demo reachable from other
 * computers would be an open door.
 */
import type { Db } from '../platform/db/database.ts';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts.ts';
import { DEMO_ADMIN } from './demo-admin.ts';

/** Where a demo listens unless HOST says otherwise: this computer only. */
export const DEMO_HOST = '127.0.0.1';

/** Where Tarina listens without the demo and without HOST: every address. */
export const OPEN_HOST = '0.0.0.0';

/** Answers whether the database holds the demo: its admin account exists (loaded now or at an earlier start). */
export async function holdsDemo(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', DEMO_ADMIN.email).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The address to listen on: HOST if set, else 127.0.0.1 over the demo and 0.0.0.0 otherwise. */
export function listenHost(host: string | null, demo: boolean): string {
  return host ?? (demo ? DEMO_HOST : OPEN_HOST);
}

/** What the start message needs to know. */
export interface StartFacts {
  /** The address people open, e.g. http://127.0.0.1:3000/. */
  url: string;
  /** The database in words, e.g. "SQLite data/tarina.db". */
  database: string;
  /** The address listened on. */
  host: string;
  /** Whether HOST was set (else the host was chosen here). */
  hostSet: boolean;
  /** Whether the database holds the demo. */
  demo: boolean;
  /** Where mails are written when there is no SMTP server; null when SMTP_URL is set. */
  mailDir: string | null;
}

/** The start message's lines. */
export function startMessage(facts: StartFacts, accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): string[] {
  const lines = [`Tarina serves ${facts.url} (${facts.database}).`];
  if (facts.mailDir) lines.push(`No SMTP_URL is set: e-mails are written as .eml files into ${facts.mailDir}/.`);
  if (!facts.demo) return lines;
  if (facts.hostSet) {
    lines.push(
      `HOST=${facts.host} is set: other computers may reach this server, and the demo's passwords below are published. Use it only on a network you trust.`,
    );
  } else {
    lines.push(
      `The database holds the Rauma 2013 demo, whose passwords are published: Tarina listens on ${DEMO_HOST} only, so only this computer reaches it. Set HOST (e.g. HOST=0.0.0.0) to listen on other addresses.`,
    );
  }
  lines.push('', 'Demo accounts (demo data only; sign in at /fi/sign-in):');
  const emailWidth = Math.max(...accounts.map((account) => account.email.length));
  const passwordWidth = Math.max(...accounts.map((account) => account.password.length));
  for (const account of accounts) {
    lines.push(`  ${account.email.padEnd(emailWidth)}  ${account.password.padEnd(passwordWidth)}  ${account.can}`);
  }
  return lines;
}
