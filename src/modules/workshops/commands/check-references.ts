import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { accessHasChoices } from '../model.ts';
import type { WorkshopSettings } from '../schemas.ts';

/**
 * Field errors for an event or audience that is not the process's own (or is
 * unknown, or foreign): such ids are refused with 422, never stored.
 */
export async function checkReferences(db: Db, organisationId: string, processId: string, settings: WorkshopSettings): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (settings.eventId) {
    const event = await db
      .selectFrom('events')
      .select('id')
      .$call(inOrganisation(organisationId, 'events'))
      .where('process_id', '=', processId)
      .where('id', '=', settings.eventId)
      .executeTakeFirst();
    if (!event) errors.eventId = { key: 'platform.validation.choice' };
  }
  if (accessHasChoices(settings.access) && settings.audienceIds.length > 0) {
    const known =
      settings.access === 'bodies'
        ? await db
            .selectFrom('process_bodies')
            .select('id')
            .$call(inOrganisation(organisationId, 'process_bodies'))
            .where('process_id', '=', processId)
            .where('id', 'in', settings.audienceIds)
            .execute()
        : await db
            .selectFrom('units')
            .select('id')
            .$call(inOrganisation(organisationId, 'units'))
            .where('id', 'in', settings.audienceIds)
            .execute();
    if (known.length !== new Set(settings.audienceIds).size) errors.audienceIds = { key: 'platform.validation.choice' };
  }
  return errors;
}
