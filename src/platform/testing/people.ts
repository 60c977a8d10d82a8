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
