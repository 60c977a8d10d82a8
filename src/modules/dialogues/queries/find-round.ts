import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Round, toRound } from '../model.ts';
import '../tables.ts';

/** The round with this id in the organisation, or undefined: unknown and foreign ids alike. */
export async function findRound(db: Db, organisationId: string, id: string): Promise<Round | undefined> {
  const row = await db
    .selectFrom('dialogue_rounds')
    .selectAll()
    .$call(inOrganisation(organisationId, 'dialogue_rounds'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRound(row) : undefined;
}
