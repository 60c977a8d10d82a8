import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** A choice in the set-up form, its label still localized. */
export interface SetupOption {
  value: string;
  label: LocalizedText;
}

/** What the set-up form offers for a process: its events, its bodies and the organisation's units. */
export interface SetupOptions {
  events: SetupOption[];
  bodies: SetupOption[];
  units: SetupOption[];
}

/** The events, bodies and units a workshop of this process may be tied to or restricted to. */
export async function listSetupOptions(db: Db, organisationId: string, processId: string): Promise<SetupOptions> {
  const [events, bodies, units] = await Promise.all([
    db
      .selectFrom('events')
      .select(['id', 'title', 'starts_at'])
      .$call(inOrganisation(organisationId, 'events'))
      .where('process_id', '=', processId)
      .orderBy('starts_at')
      .execute(),
    db
      .selectFrom('process_bodies')
      .select(['id', 'name'])
      .$call(inOrganisation(organisationId, 'process_bodies'))
      .where('process_id', '=', processId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('units')
      .select(['id', 'name'])
      .$call(inOrganisation(organisationId, 'units'))
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ]);
  const option = (row: { id: string; name?: string; title?: string }) => ({
    value: row.id,
    label: parseJsonColumn<LocalizedText>(row.name ?? row.title, { fi: row.id }),
  });
  return { events: events.map(option), bodies: bodies.map(option), units: units.map(option) };
}
