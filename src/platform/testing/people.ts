import { createUser, deactivateUser, placeUser } from '../../modules/accounts/index.ts';
import type { Role } from '../authz/authz.ts';
import { newId } from '../db/ids.ts';
import type { TestApp } from './test-app.ts';
import type { TestClient } from './test-client.ts';

/** A person of a test: their account and a client signed in as them. */
export interface TestPerson {
  userId: string;
  email: string;
  client: TestClient;
}

/** The password of every person `createPerson` makes. */
export const PERSON_PASSWORD = 'yleisötestin-salasana';

/** An account of a test, not signed in anywhere. */
export interface TestAccount {
  userId: string;
  email: string;
}

/**
 * Creates an account in the demo organisation (placed in `unitId` when given), by the
 * accounts module's own command; its password is `PERSON_PASSWORD`.
 */
export async function createAccount(
  test: TestApp,
  key: string,
  options: { roles?: Role[]; unitId?: string | null; locale?: 'fi' | 'sv' | 'en' } = {},
): Promise<TestAccount> {
  const email = `${key}@yleiso.tarina.invalid`;
  const input = { email, password: PERSON_PASSWORD, displayName: key, locale: options.locale ?? 'fi', roles: options.roles ?? [] };
  const userId = await createUser(
    test.context.db,
    test.demo.organisationId as string,
    { ...input, unitId: options.unitId ?? null },
    new Date(),
  );
  return { userId, email };
}

/** Creates an account (as `createAccount`) and signs a client in as it. */
export async function createPerson(
  test: TestApp,
  key: string,
  options: { roles?: Role[]; unitId?: string | null; locale?: 'fi' | 'sv' | 'en' } = {},
): Promise<TestPerson> {
  const account = await createAccount(test, key, options);
  const client = test.client({ 'accept-language': options.locale ?? 'fi' });
  await client.signIn(account.email, PERSON_PASSWORD);
  return { ...account, client };
}

/** Places a person in a unit or work community (`users.unit_id`) by the accounts module's own command. */
export async function placeInUnit(test: TestApp, userId: string, unitId: string | null): Promise<void> {
  await placeUser(test.context, { organisationId: test.demo.organisationId as string, userId, unitId, actorId: null });
}

/**
 * Test code writing rows: gives a person a seat in a body (a `body_members` row with
 * `user_id`), as the processes module's seat linking does in the app. Answers the seat's id.
 */
export async function seatInBody(test: TestApp, bodyId: string, userId: string, title = 'jäsen'): Promise<string> {
  const id = newId();
  await test.context.db
    .insertInto('body_members')
    .values({
      id,
      organisation_id: test.demo.organisationId as string,
      body_id: bodyId,
      user_id: userId,
      position_title: JSON.stringify({ fi: title }),
      responsibility: JSON.stringify({ fi: '' }),
      sector_id: null,
      position: 900,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** The people every audience table asks about. */
export interface AudienceCast {
  anonymous: TestClient;
  resident: TestPerson;
  /** Staff (role `member`) placed in the chosen unit. */
  unitStaff: TestPerson;
  /** Staff placed in a work community beneath the chosen unit. */
  subUnitStaff: TestPerson;
  /** Staff placed in another unit. */
  otherStaff: TestPerson;
  /** A signed-in person with no role, seated in the chosen body. */
  bodyMember: TestPerson;
  /**
   * Staff placed in the chosen unit and seated in the chosen body, deactivated (they left)
   * after signing in: their old session counts for nothing, so they are a visitor.
   */
  deactivated: TestPerson;
}

/**
 * The cast of an audience table in the demo: the unit is education and culture, its
 * work community basic education, the other unit social and health, the body the council.
 * `prefix` keeps the e-mails of two casts in one app apart.
 */
export async function audienceCast(test: TestApp, prefix = 'a'): Promise<AudienceCast> {
  const units = test.demo.unitIds as Record<string, string>;
  const bodies = test.demo.bodyIds as Record<string, string>;
  const [resident, unitStaff, subUnitStaff, otherStaff, bodyMember, deactivated] = await Promise.all([
    createPerson(test, `${prefix}-asukas`),
    createPerson(test, `${prefix}-sivistys`, { roles: ['member'], unitId: units['education-and-culture'] }),
    createPerson(test, `${prefix}-perusopetus`, { roles: ['member'], unitId: units['basic-education'] }),
    createPerson(test, `${prefix}-sote`, { roles: ['member'], unitId: units['social-and-health'] }),
    createPerson(test, `${prefix}-valtuutettu`),
    createPerson(test, `${prefix}-lahtenyt`, { roles: ['member'], unitId: units['education-and-culture'] }),
  ]);
  await seatInBody(test, bodies.council as string, bodyMember.userId, 'valtuutettu');
  await seatInBody(test, bodies.council as string, deactivated.userId, 'valtuutettu');
  await deactivateUser(test.context, { organisationId: test.demo.organisationId as string, userId: deactivated.userId, actorId: null });
  const anonymous = test.client({ 'accept-language': 'fi' });
  return { anonymous, resident, unitStaff, subUnitStaff, otherStaff, bodyMember, deactivated };
}

/** A unit that existed and was deleted (created and deleted through the API as the admin). */
export async function deletedUnitId(admin: TestClient): Promise<string> {
  const created = await admin.api('POST', '/api/v1/units', {
    name: { fi: 'Lakkautettu yksikkö' },
    kind: 'unit',
    parentId: null,
    headcount: 1,
  });
  if (created.status !== 201) throw new Error(`unit not created: ${created.text}`);
  const id = created.json<{ id: string }>().id;
  const deleted = await admin.api('DELETE', `/api/v1/units/${id}`);
  if (deleted.status >= 300) throw new Error(`unit not deleted: ${deleted.text}`);
  return id;
}

/** A body of the demo process that existed and was deleted (through the API as the admin). */
export async function deletedBodyId(test: TestApp, admin: TestClient): Promise<string> {
  const slug = test.demo.processSlug as string;
  const created = await admin.api('POST', `/api/v1/processes/${slug}/bodies`, { kind: 'project_group', name: { fi: 'Lakkautettu ryhmä' } });
  if (created.status !== 201) throw new Error(`body not created: ${created.text}`);
  const id = created.json<{ id: string }>().id;
  const deleted = await admin.api('DELETE', `/api/v1/processes/${slug}/bodies/${id}`);
  if (deleted.status >= 300) throw new Error(`body not deleted: ${deleted.text}`);
  return id;
}

/** Who an audience table asks about: `deactivated` left after signing in, so their old session makes them a visitor. */
export type AudienceWho = 'anonymous' | 'resident' | 'unitStaff' | 'subUnitStaff' | 'otherStaff' | 'bodyMember' | 'deactivated';

/** Everyone of the cast, in the order the tables try them. */
export const AUDIENCE_EVERYONE: readonly AudienceWho[] = [
  'anonymous',
  'resident',
  'unitStaff',
  'subUnitStaff',
  'otherStaff',
  'bodyMember',
  'deactivated',
];

/** Those the app sees as visitors: refused with 401 (sign in), not 403. */
export const AUDIENCE_VISITORS: readonly AudienceWho[] = ['anonymous', 'deactivated'];

/** Those signed in (the deactivated person's session no longer counts). */
export const AUDIENCE_SIGNED_IN: readonly AudienceWho[] = AUDIENCE_EVERYONE.filter((who) => !AUDIENCE_VISITORS.includes(who));

/** Those holding a role (staff). */
export const AUDIENCE_STAFF: readonly AudienceWho[] = ['unitStaff', 'subUnitStaff', 'otherStaff'];

/** The client of one of the cast. */
export function castClient(cast: AudienceCast, who: AudienceWho): TestClient {
  return who === 'anonymous' ? cast.anonymous : cast[who].client;
}

/** The status a person outside an audience is refused with: 401 for a visitor, 403 for the signed-in. */
export function refusalStatusOf(who: AudienceWho): 401 | 403 {
  return AUDIENCE_VISITORS.includes(who) ? 401 : 403;
}

/** One row of the audience table every channel proves: an audience kind, the demo units or bodies it names, and who is in it. */
export interface AudienceRow {
  name: string;
  kind: 'public' | 'signed-in' | 'staff' | 'units' | 'bodies';
  /** The chosen demo units (`test.demo.unitIds` keys) or bodies (`test.demo.bodyIds` keys); empty for the other kinds. */
  keys: readonly string[];
  allowed: readonly AudienceWho[];
}

/**
 * The audience table of the demo and `audienceCast`: every kind a channel offers, with the
 * staff of a unit and its work communities, of a work community alone, and a body's members.
 */
export const AUDIENCE_ROWS: readonly AudienceRow[] = [
  { name: 'public', kind: 'public', keys: [], allowed: AUDIENCE_EVERYONE },
  { name: 'signed in', kind: 'signed-in', keys: [], allowed: AUDIENCE_SIGNED_IN },
  { name: 'staff', kind: 'staff', keys: [], allowed: AUDIENCE_STAFF },
  {
    name: 'staff of a unit and the work communities beneath it',
    kind: 'units',
    keys: ['education-and-culture'],
    allowed: ['unitStaff', 'subUnitStaff'],
  },
  { name: 'staff of a work community only', kind: 'units', keys: ['basic-education'], allowed: ['subUnitStaff'] },
  { name: 'members of the council', kind: 'bodies', keys: ['council'], allowed: ['bodyMember'] },
];

/** The ids of a row's chosen units or bodies in the demo. */
export function audienceIdsOf(test: TestApp, row: AudienceRow): string[] {
  const ids = (row.kind === 'units' ? test.demo.unitIds : test.demo.bodyIds) as Record<string, string>;
  return row.keys.map((key) => {
    const id = ids[key];
    if (!id) throw new Error(`no demo ${row.kind} ${key}`);
    return id;
  });
}
