import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { BodyKind } from '../tables.ts';
import '../tables.ts';

/** A member of a body, by position title. */
export interface AdminMember {
  id: string;
  positionTitle: LocalizedText;
  responsibility: LocalizedText;
  sectorId: string | null;
  position: number;
}

/** A sector of a stakeholder panel. */
export interface AdminSector {
  id: string;
  key: string;
  name: LocalizedText;
  position: number;
}

/** A body with its members and sectors, as admin pages and the write API see it. */
export interface AdminBody {
  id: string;
  kind: BodyKind;
  name: LocalizedText;
  description: LocalizedText;
  parentId: string | null;
  position: number;
  members: AdminMember[];
  sectors: AdminSector[];
}

const text = (value: string) => parseJsonColumn<LocalizedText>(value, { fi: '' });

/** The members and sectors of some bodies, in two queries (no JSON aggregation in SQL). */
async function membersAndSectors(db: Db, organisationId: string, bodyIds: string[]) {
  if (bodyIds.length === 0) return { members: [], sectors: [] };
  const members = await db
    .selectFrom('body_members')
    .selectAll()
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('body_id', 'in', bodyIds)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const sectors = await db
    .selectFrom('body_sectors')
    .selectAll()
    .$call(inOrganisation(organisationId, 'body_sectors'))
    .where('body_id', 'in', bodyIds)
    .orderBy('position')
    .orderBy('key')
    .execute();
  return { members, sectors };
}

/** The bodies of a process in their order, each with its members and sectors. */
export async function listBodiesForAdmin(db: Db, organisationId: string, processId: string, bodyId?: string): Promise<AdminBody[]> {
  let query = db
    .selectFrom('process_bodies')
    .selectAll()
    .$call(inOrganisation(organisationId, 'process_bodies'))
    .where('process_id', '=', processId);
  if (bodyId !== undefined) query = query.where('id', '=', bodyId);
  const rows = await query.orderBy('position').orderBy('created_at').orderBy('id').execute();
  const { members, sectors } = await membersAndSectors(
    db,
    organisationId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: text(row.name),
    description: text(row.description),
    parentId: row.parent_id,
    position: row.position,
    members: members
      .filter((member) => member.body_id === row.id)
      .map((member) => ({
        id: member.id,
        positionTitle: text(member.position_title),
        responsibility: text(member.responsibility),
        sectorId: member.sector_id,
        position: member.position,
      })),
    sectors: sectors
      .filter((sector) => sector.body_id === row.id)
      .map((sector) => ({ id: sector.id, key: sector.key, name: text(sector.name), position: sector.position })),
  }));
}

/** One body of a process with its members and sectors, or undefined. */
export async function findBodyForAdmin(db: Db, organisationId: string, processId: string, bodyId: string): Promise<AdminBody | undefined> {
  const [body] = await listBodiesForAdmin(db, organisationId, processId, bodyId);
  return body;
}
