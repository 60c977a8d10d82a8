import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { type BodyKind, NAME_PUBLIC_BODY_KINDS, type SeatRole } from '../tables.ts';

/**
 * A seat of a body, by position (e.g. mayor) and role. `personName` is the name of the person
 * in it only where it may be public: they agreed (`name_public_consent`), or the body's seats
 * are public by law (council, board); otherwise null and only the position shows.
 */
export interface BodyMember {
  id: string;
  bodyId: string;
  positionTitle: LocalizedText;
  responsibility: LocalizedText;
  sectorId: string | null;
  seatRole: SeatRole;
  /** The account whose name may show (linked, and consent or public by law); never presented itself. */
  nameableUserId: string | null;
  /** Filled by `listBodiesWithNames`; null from `listBodies`. */
  personName: string | null;
}

/** A sector a stakeholder panel draws its members from. */
export interface BodySector {
  id: string;
  bodyId: string;
  key: string;
  name: LocalizedText;
}

/** A body (toimielin, ryhmä) with its members and sectors. */
export interface Body {
  id: string;
  parentId: string | null;
  kind: BodyKind;
  name: LocalizedText;
  description: LocalizedText;
  position: number;
  members: BodyMember[];
  sectors: BodySector[];
}

const EMPTY: LocalizedText = { fi: '' };

function selectBodies(db: Db, organisationId: string, processId: string) {
  return db
    .selectFrom('process_bodies')
    .select(['id', 'parent_id', 'kind', 'name', 'description', 'position'])
    .$call(inOrganisation(organisationId, 'process_bodies'))
    .where('process_id', '=', processId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

function selectMembers(db: Db, organisationId: string, processId: string) {
  return db
    .selectFrom('body_members')
    .innerJoin('process_bodies', 'process_bodies.id', 'body_members.body_id')
    .select([
      'body_members.id',
      'body_members.body_id',
      'body_members.position_title',
      'body_members.responsibility',
      'body_members.sector_id',
      'body_members.seat_role',
      'body_members.user_id',
      'body_members.name_public_consent',
      'process_bodies.kind',
    ])
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('process_bodies.process_id', '=', processId)
    .orderBy('body_members.position')
    .orderBy('body_members.created_at')
    .orderBy('body_members.id')
    .execute();
}

function selectSectors(db: Db, organisationId: string, processId: string) {
  return db
    .selectFrom('body_sectors')
    .innerJoin('process_bodies', 'process_bodies.id', 'body_sectors.body_id')
    .select(['body_sectors.id', 'body_sectors.body_id', 'body_sectors.key', 'body_sectors.name'])
    .$call(inOrganisation(organisationId, 'body_sectors'))
    .where('process_bodies.process_id', '=', processId)
    .orderBy('body_sectors.position')
    .orderBy('body_sectors.id')
    .execute();
}

/**
 * The bodies of a process with their members and sectors: three queries
 * whatever their number, assembled here (no JSON aggregation in SQL).
 */
export async function listBodies(db: Db, organisationId: string, processId: string): Promise<Body[]> {
  const [bodyRows, memberRows, sectorRows] = await Promise.all([
    selectBodies(db, organisationId, processId),
    selectMembers(db, organisationId, processId),
    selectSectors(db, organisationId, processId),
  ]);
  const bodies = new Map<string, Body>();
  for (const row of bodyRows) {
    bodies.set(row.id, {
      id: row.id,
      parentId: row.parent_id,
      kind: row.kind,
      name: parseJsonColumn<LocalizedText>(row.name, EMPTY),
      description: parseJsonColumn<LocalizedText>(row.description, EMPTY),
      position: row.position,
      members: [],
      sectors: [],
    });
  }
  for (const row of memberRows) {
    const nameable = row.user_id !== null && (row.name_public_consent === 1 || NAME_PUBLIC_BODY_KINDS.includes(row.kind));
    bodies.get(row.body_id)?.members.push({
      id: row.id,
      bodyId: row.body_id,
      positionTitle: parseJsonColumn<LocalizedText>(row.position_title, EMPTY),
      responsibility: parseJsonColumn<LocalizedText>(row.responsibility, EMPTY),
      sectorId: row.sector_id,
      seatRole: row.seat_role,
      nameableUserId: nameable ? row.user_id : null,
      personName: null,
    });
  }
  for (const row of sectorRows) {
    const name = parseJsonColumn<LocalizedText>(row.name, { fi: row.key });
    bodies.get(row.body_id)?.sectors.push({ id: row.id, bodyId: row.body_id, key: row.key, name });
  }
  return [...bodies.values()];
}

/**
 * The bodies for the public organisation chart (page and API): as `listBodies`, with the name
 * of each seat's person where it may show, asked of accounts in one look-up.
 */
export async function listBodiesWithNames(
  context: Pick<AppContext, 'db' | 'accountLookups'>,
  organisationId: string,
  processId: string,
): Promise<Body[]> {
  const bodies = await listBodies(context.db, organisationId, processId);
  const userIds = bodies.flatMap((body) => body.members.flatMap((member) => (member.nameableUserId ? [member.nameableUserId] : [])));
  if (userIds.length === 0) return bodies;
  const accounts = await context.accountLookups.listByIds(context.db, organisationId, userIds);
  for (const body of bodies) {
    for (const member of body.members) {
      const account = member.nameableUserId ? accounts.get(member.nameableUserId) : undefined;
      // A person who left (deactivated) no longer speaks for the seat in public.
      if (account && !account.deactivated) member.personName = account.displayName;
    }
  }
  return bodies;
}
