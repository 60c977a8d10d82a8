import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import type { OrganisationInfo } from '../../../platform/http/request-context.ts';
import { isLocale, type LocalizedText } from '../../../platform/i18n/locales.ts';
import type { OrganisationsTable } from '../tables.ts';
import '../tables.ts';

const CACHE_MILLISECONDS = 10_000;
/** Per host name: the look-up's answer (or the look-up still running, which callers join), and until when it holds. */
const cache = new Map<string, { value: Promise<OrganisationInfo | null>; until: number }>();

/** Shapes an organisations row for requests and views. */
export function toOrganisationInfo(row: OrganisationsTable): OrganisationInfo {
  const locales = parseJsonColumn<string[]>(row.locales, ['fi', 'sv', 'en']).filter(isLocale);
  return {
    id: row.id,
    slug: row.slug,
    name: parseJsonColumn<LocalizedText>(row.name, { fi: row.slug }),
    logoUrl: row.logo_url,
    accentColor: row.accent_color,
    locales: locales.length ? locales : ['fi', 'sv', 'en'],
    timeZone: row.time_zone,
  };
}

/**
 * The organisation served on a host name: the one that claims the host, else
 * the default one (so a single-organisation deployment answers on any name).
 * Cached briefly; changes call forgetResolvedOrganisations().
 */
export function resolveOrganisation(db: Db, host: string, now = Date.now()): Promise<OrganisationInfo | null> {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  const cached = cache.get(name);
  if (cached && cached.until > now) return cached.value;
  // Kept from the start of the look-up: when the answer expires under load, the requests that come
  // while it is read again join that one read instead of each reading it.
  const value = lookUp(db, name);
  if (cache.size > 1000) cache.clear();
  const entry = { value, until: now + CACHE_MILLISECONDS };
  cache.set(name, entry);
  value.catch(() => {
    if (cache.get(name) === entry) cache.delete(name);
  });
  return value;
}

async function lookUp(db: Db, name: string): Promise<OrganisationInfo | null> {
  const byHost = await db
    .selectFrom('organisation_hosts')
    .innerJoin('organisations', 'organisations.id', 'organisation_hosts.organisation_id')
    .selectAll('organisations')
    .where('organisation_hosts.host', '=', name)
    .executeTakeFirst();
  const row =
    byHost ??
    (await db.selectFrom('organisations').selectAll().orderBy('is_default', 'desc').orderBy('created_at').limit(1).executeTakeFirst());
  return row ? toOrganisationInfo(row) : null;
}

/** Drops cached host look-ups after an organisation changed. */
export function forgetResolvedOrganisations(): void {
  cache.clear();
}
