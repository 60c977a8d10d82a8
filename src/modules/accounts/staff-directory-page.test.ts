import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { newId } from '../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { countPlacedStaffByUnit, createUser, deactivateUser, placeUser } from './index.ts';

const PASSWORD = 'a long staff passphrase';

describe('the staff directory: headcounts from the directory, by unit and what is beneath it', () => {
  let test: TestApp;
  let admin: TestClient;
  let unit: { id: string; name: string };
  let community: { id: string; name: string };
  let otherUnit: { id: string; name: string };
  let demoInCommunity = 0;
  const people: Array<{ id: string; email: string }> = [];

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    const units = await db()
      .selectFrom('units')
      .select(['id', 'name', 'parent_id', 'kind'])
      .where('organisation_id', '=', organisationId())
      .execute();
    const withCommunity = units.find((row) => row.kind === 'unit' && units.some((child) => child.parent_id === row.id));
    assert.ok(withCommunity, 'the demo has a unit with work communities');
    const child = units.find((row) => row.parent_id === withCommunity.id);
    const other = units.find((row) => row.kind === 'unit' && row.id !== withCommunity.id && row.parent_id === null);
    assert.ok(child && other);
    const name = (row: { name: string }) => (JSON.parse(row.name) as { fi: string }).fi;
    unit = { id: withCommunity.id, name: name(withCommunity) };
    community = { id: child.id, name: name(child) };
    otherUnit = { id: other.id, name: name(other) };
    for (const index of [1, 2, 3, 4]) {
      const email = `directory${index}@demo.tarina.invalid`;
      const id = await createUser(
        db(),
        organisationId(),
        { email, displayName: `Directory ${index}`, password: PASSWORD, locale: 'fi' },
        now(),
      );
      people.push({ id, email });
    }
    // The demo's own directory staff already work there; the counts below add to them.
    demoInCommunity = (await countPlacedStaffByUnit(test.context, organisationId())).get(community.id) ?? 0;
    const place = (userId: string, unitId: string) =>
      placeUser(test.context, { organisationId: organisationId(), userId, unitId, actorId: null });
    await place(people[0]?.id ?? '', community.id);
    await place(people[1]?.id ?? '', community.id);
    await place(people[2]?.id ?? '', community.id);
    await place(people[3]?.id ?? '', otherUnit.id);
    await deactivateUser(test.context, { organisationId: organisationId(), userId: people[2]?.id ?? '', actorId: null });
  });
  after(() => test.close());

  const db = () => test.context.db;
  const now = () => test.context.clock.now();
  const organisationId = () => test.demo.organisationId as string;
  const rowOf = (html: string, name: string) => {
    const row = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => match[1] ?? '').find((cells) => cells.includes(`>${name}</a>`));
    assert.ok(row, `no row for ${name}`);
    return [...row.matchAll(/<td>(\d+)<\/td>/g)].map((match) => Number(match[1]));
  };

  it('counts the active people placed in each unit, without the deactivated', async () => {
    const counts = await countPlacedStaffByUnit(test.context, organisationId());
    assert.equal(counts.get(community.id), demoInCommunity + 2);
    assert.ok((counts.get(otherUnit.id) ?? 0) >= 1);
    assert.equal(counts.get('no-such-unit'), undefined);
    const page = await admin.get('/fi/admin/staff');
    assert.equal(page.status, 200);
    const [, placedInCommunity, withinCommunity] = rowOf(page.text, community.name);
    assert.equal(placedInCommunity, demoInCommunity + 2);
    assert.equal(withinCommunity, demoInCommunity + 2);
    const [, , withinUnit] = rowOf(page.text, unit.name);
    assert.ok((withinUnit ?? 0) >= 2, 'a unit counts its work communities');
    assert.match(page.text, /<a href="\/fi\/admin\/staff" aria-current="page">Henkilöstöhakemisto<\/a>/);
  });

  it('lends its counts to the organisations’ unit tree, shown beside the typed headcount', async () => {
    const placed = await test.context.accountLookups.countPlacedByUnit(db(), organisationId());
    assert.deepEqual(placed, await countPlacedStaffByUnit(test.context, organisationId()));
    const page = await admin.get('/fi/admin/units');
    assert.equal(page.status, 200);
    const figuresOf = (name: string) => {
      const at = page.text.indexOf(`>${name}</h`);
      assert.ok(at > 0, `no ${name} in the tree`);
      return page.text.slice(at, page.text.indexOf('</p>', at));
    };
    assert.match(figuresOf(community.name), new RegExp(`Henkilöstömäärä \\d+.*henkilöstöhakemistossa ${demoInCommunity + 2}`));
    const withinUnit = [...placed].filter(([id]) => id === unit.id || id === community.id).reduce((sum, [, count]) => sum + count, 0);
    assert.ok(withinUnit >= demoInCommunity + 2);
    assert.match(figuresOf(unit.name), /henkilöstöhakemistossa \d+/, 'a unit counts what is beneath it too');
  });

  it('lists the people of a unit and what is beneath it, leaving out the deactivated', async () => {
    const page = await admin.get(`/fi/admin/staff?unit=${unit.id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /directory1@demo\.tarina\.invalid/);
    assert.match(page.text, /directory2@demo\.tarina\.invalid/);
    assert.doesNotMatch(page.text, /directory3@demo\.tarina\.invalid/, 'deactivated');
    assert.doesNotMatch(page.text, /directory4@demo\.tarina\.invalid/, 'another unit');
    assert.match(page.text, new RegExp(`href="/fi/admin/users/${people[0]?.id}"`));
  });

  it('shows a unit manager their unit and what is beneath it only; another unit is 404', async () => {
    const managerId = await createUser(
      db(),
      organisationId(),
      { email: 'directory-manager@demo.tarina.invalid', displayName: 'Manager', password: PASSWORD, locale: 'fi' },
      now(),
    );
    await db()
      .insertInto('role_grants')
      .values({
        id: newId(),
        organisation_id: organisationId(),
        user_id: managerId,
        role: 'unit_manager',
        scope_type: 'unit',
        scope_id: unit.id,
        created_at: now().toISOString(),
      })
      .execute();
    const manager = test.client();
    await manager.signIn('directory-manager@demo.tarina.invalid', PASSWORD);
    const page = await manager.get('/fi/admin/staff');
    assert.equal(page.status, 200);
    assert.ok(rowOf(page.text, community.name));
    assert.doesNotMatch(page.text, new RegExp(`>${otherUnit.name}</a>`));
    const own = await manager.get(`/fi/admin/staff?unit=${community.id}`);
    assert.equal(own.status, 200);
    assert.match(own.text, /directory1@demo\.tarina\.invalid/);
    assert.doesNotMatch(own.text, /href="\/fi\/admin\/users\//, 'a manager reads the directory but does not manage accounts');
    assert.equal((await manager.get(`/fi/admin/staff?unit=${otherUnit.id}`)).status, 404);
    assert.equal((await manager.get('/fi/admin/users')).status, 403);
  });

  it('answers GET /api/v1/staff: a unit with what is beneath it, a role, active or deactivated, paged; a manager their units only', async () => {
    type Staff = {
      items: Array<{ id: string; email: string; unitId: string | null; deactivatedAt: string | null }>;
      nextCursor: string | null;
    };
    const emails = (body: Staff) => body.items.map((person) => person.email).filter((email) => email.startsWith('directory'));
    const inUnit = await admin.api('GET', `/api/v1/staff?unit=${unit.id}&limit=200`);
    assert.equal(inUnit.status, 200);
    assert.deepEqual(
      emails(inUnit.json<Staff>()),
      ['directory1@demo.tarina.invalid', 'directory2@demo.tarina.invalid'],
      'the work community beneath',
    );
    const left = await admin.api('GET', `/api/v1/staff?unit=${unit.id}&status=deactivated`);
    assert.deepEqual(emails(left.json<Staff>()), ['directory3@demo.tarina.invalid']);
    assert.ok(left.json<Staff>().items[0]?.deactivatedAt);
    const both = await admin.api('GET', `/api/v1/staff?unit=${community.id}&status=all&limit=200`);
    assert.equal(emails(both.json<Staff>()).length, 3);
    const everyone = await admin.api('GET', '/api/v1/staff?status=all&limit=200');
    assert.ok(emails(everyone.json<Staff>()).includes('directory4@demo.tarina.invalid'), 'an admin reads every unit');
    const admins = await admin.api('GET', '/api/v1/staff?role=org_admin');
    assert.ok(
      admins.json<Staff>().items.some((person) => person.email === DEMO_ADMIN.email),
      'by role',
    );
    assert.ok(admins.json<Staff>().items.every((person) => !person.email.startsWith('directory')));
    // Paging: one at a time, in e-mail order, until the cursor runs out.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const next = await admin.api('GET', `/api/v1/staff?unit=${unit.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...next.json<Staff>().items.map((person) => person.email));
      cursor = next.json<Staff>().nextCursor;
    } while (cursor);
    assert.deepEqual(
      paged,
      inUnit.json<Staff>().items.map((person) => person.email),
    );

    const managerId = await createUser(
      db(),
      organisationId(),
      { email: 'api-manager@demo.tarina.invalid', displayName: 'API manager', password: PASSWORD, locale: 'fi' },
      now(),
    );
    const grant = { organisation_id: organisationId(), user_id: managerId, role: 'unit_manager' as const, created_at: now().toISOString() };
    await db()
      .insertInto('role_grants')
      .values({ id: newId(), ...grant, scope_type: 'unit', scope_id: community.id })
      .execute();
    const manager = test.client();
    await manager.signIn('api-manager@demo.tarina.invalid', PASSWORD);
    const own = await manager.api('GET', '/api/v1/staff?limit=200');
    assert.equal(own.status, 200);
    assert.deepEqual(
      emails(own.json<Staff>()),
      ['directory1@demo.tarina.invalid', 'directory2@demo.tarina.invalid'],
      'only their work community',
    );
    assert.equal((await manager.api('GET', `/api/v1/staff?unit=${unit.id}`)).status, 404, 'the unit above is not theirs');
    assert.equal((await manager.api('GET', `/api/v1/staff?unit=${otherUnit.id}`)).status, 404);
    assert.equal((await admin.api('GET', '/api/v1/staff?unit=no-such-unit')).status, 404);
    for (const bad of ['role=mayor', 'status=gone', 'limit=0', `unit=${'x'.repeat(500)}`]) {
      const refused = await admin.api('GET', `/api/v1/staff?${bad}`);
      assert.ok(refused.status >= 400 && refused.status < 500, `${bad}: ${refused.status}`);
    }
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await resident.api('GET', '/api/v1/staff')).status, 403);
    assert.equal((await test.client().api('GET', '/api/v1/staff')).status, 401);
  });

  it('is closed to residents and visitors, and answers an unknown unit 404', async () => {
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await resident.get('/fi/admin/staff')).status, 403);
    assert.equal((await test.client().get('/fi/admin/staff')).status, 303);
    assert.equal((await admin.get('/fi/admin/staff?unit=no-such-unit')).status, 404);
    assert.equal((await admin.get(`/fi/admin/staff?unit=${'x'.repeat(500)}`)).status, 404);
  });
});
