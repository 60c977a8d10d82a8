import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { isLocale, type Locale, type LocalizedText } from '../../../platform/i18n/locales.ts';
import type { OrganisationSettings } from '../schemas.ts';
import '../tables.ts';

/** The organisation's editable settings with its slug and languages, for the settings form and the API. */
export type OrganisationSettingsView = OrganisationSettings & { slug: string; locales: Locale[] };

/** The settings of one organisation, read fresh (not from the host cache). */
export async function getOrganisationSettings(db: Db, organisationId: string): Promise<OrganisationSettingsView | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select(['slug', 'name', 'logo_url', 'accent_color', 'allow_sign_up', 'locales'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!row) return undefined;
  const locales = parseJsonColumn<string[]>(row.locales, ['fi', 'sv', 'en']).filter(isLocale);
  return {
    slug: row.slug,
    name: parseJsonColumn<LocalizedText>(row.name, { fi: row.slug }),
    logoUrl: row.logo_url,
    accentColor: row.accent_color,
    allowSignUp: row.allow_sign_up === 1,
    locales: locales.length ? locales : ['fi', 'sv', 'en'],
  };
}
