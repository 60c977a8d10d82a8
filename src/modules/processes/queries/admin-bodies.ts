import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { BodyKind, SeatRole } from '../tables.ts';
import '../tables.ts';

/**
 * A seat of a body as its managers see it: by position title and role, with the person in it
 * (an account, shown by name and e-mail, or an invited e-mail) and whether they let their name show.
 */
export interface AdminMember {
  id: string;
  positionTitle: LocalizedText;
  responsibility: LocalizedText;
  sectorId: string | null;
  seatRole: SeatRole;
  /** The linked account, or null. */
  personUserId: string | null;
  /** The linked account's e-mail, or the invited e-mail awaiting acceptance, or null (vacant). */
  personEmail: string | null;
  /** The linked account's display name, or null. */
  personName: string | null;
  /** The e-mail invited and not yet accepted, or null. */
  invitedEmail: string | null;
  namePublicConsent: boolean;
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
      .map((member) => {
        return {
          id: member.id,
          positionTitle: text(member.position_title),
          responsibility: text(member.responsibility),
          sectorId: member.sector_id,
          seatRole: member.seat_role,
          personUserId: member.user_id,
          personEmail: member.invited_email,
          personName: null,
          invitedEmail: member.invited_email,
          namePublicConsent: member.name_public_consent === 1,
          position: member.position,
        };
      }),
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

/** The bodies with each linked seat's account named (its e-mail and display name), in one look-up of accounts. */
export async function withSeatPeople(
  context: Pick<AppContext, 'db' | 'accountLookups'>,
  organisationId: string,
  bodies: AdminBody[],
): Promise<AdminBody[]> {
  const userIds = bodies.flatMap((body) => body.members.flatMap((member) => (member.personUserId ? [member.personUserId] : [])));
  const accounts = await context.accountLookups.listByIds(context.db, organisationId, userIds);
  return bodies.map((body) => ({
    ...body,
    members: body.members.map((member) => {
      const account = member.personUserId ? accounts.get(member.personUserId) : undefined;
      return account ? { ...member, personEmail: account.email, personName: account.displayName } : member;
    }),
  }));
}

/** The bodies of a process as the admin pages show them: with the people in the seats. */
export async function listBodiesWithPeople(context: Pick<AppContext, 'db' | 'accountLookups'>, organisationId: string, processId: string) {
  return withSeatPeople(context, organisationId, await listBodiesForAdmin(context.db, organisationId, processId));
}

/** One body of a process with the people in its seats, or undefined. */
export async function findBodyWithPeople(
  context: Pick<AppContext, 'db' | 'accountLookups'>,
  organisationId: string,
  processId: string,
  bodyId: string,
): Promise<AdminBody | undefined> {
  const [body] = await withSeatPeople(context, organisationId, await listBodiesForAdmin(context.db, organisationId, processId, bodyId));
  return body;
}
