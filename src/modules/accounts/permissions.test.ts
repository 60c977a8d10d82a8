import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, ROLES, type RoleGrant } from '../../platform/authz/authz.ts';
import { accountPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-a';
const authorizer = new Authorizer([accountPermissions]);

const anonymous: Actor = { organisationId: ORGANISATION, userId: null, grants: [] };
const person = (grants: RoleGrant[]): Actor => ({ organisationId: ORGANISATION, userId: 'user-1', grants });
const orgWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });
const unitManager = (unitId: string): RoleGrant => ({ role: 'unit_manager', scopeType: 'unit', scopeId: unitId });

/** role × action × situation → allowed? */
const TABLE: Array<{ who: string; actor: Actor; action: string; allowed: boolean }> = [
  { who: 'anonymous visitor', actor: anonymous, action: 'accounts.ownAccount.manage', allowed: false },
  { who: 'anonymous visitor', actor: anonymous, action: 'accounts.users.manage', allowed: false },
  { who: 'signed-in resident without roles', actor: person([]), action: 'accounts.ownAccount.manage', allowed: true },
  { who: 'signed-in resident without roles', actor: person([]), action: 'accounts.users.manage', allowed: false },
  ...ROLES.flatMap((role) => [
    { who: `${role} organisation-wide`, actor: person([orgWide(role)]), action: 'accounts.ownAccount.manage', allowed: true },
    { who: `${role} organisation-wide`, actor: person([orgWide(role)]), action: 'accounts.users.manage', allowed: role === 'org_admin' },
  ]),
  {
    who: 'org_admin of one process only',
    actor: person([{ role: 'org_admin', scopeType: 'process', scopeId: 'process-1' }]),
    action: 'accounts.users.manage',
    allowed: false,
  },
  {
    who: 'org_admin of one unit only',
    actor: person([{ role: 'org_admin', scopeType: 'unit', scopeId: 'unit-1' }]),
    action: 'accounts.users.manage',
    allowed: false,
  },
  {
    who: 'process manager with a scoped org_admin and many roles',
    actor: person([orgWide('process_manager'), orgWide('analyst'), { role: 'org_admin', scopeType: 'unit', scopeId: 'unit-1' }]),
    action: 'accounts.users.manage',
    allowed: false,
  },
  {
    who: 'org_admin among other roles',
    actor: person([orgWide('member'), orgWide('org_admin')]),
    action: 'accounts.users.manage',
    allowed: true,
  },
  { who: 'anyone', actor: person([orgWide('org_admin')]), action: 'accounts.users.undeclared', allowed: false },
  { who: 'anonymous visitor', actor: anonymous, action: 'accounts.staff.read', allowed: false },
  { who: 'signed-in resident without roles', actor: person([]), action: 'accounts.staff.read', allowed: false },
  ...ROLES.map((role) => ({
    who: `${role} organisation-wide`,
    actor: person([orgWide(role)]),
    action: 'accounts.staff.read',
    allowed: role === 'org_admin' || role === 'unit_manager',
  })),
  { who: 'unit manager of one unit', actor: person([unitManager('unit-1')]), action: 'accounts.staff.read', allowed: true },
  {
    who: 'unit manager of one process (no unit)',
    actor: person([{ role: 'unit_manager', scopeType: 'process', scopeId: 'process-1' }]),
    action: 'accounts.staff.read',
    allowed: false,
  },
];

/** The staff directory of one unit: the unit's path from the root is [work community, unit]. */
const UNIT_PATH = { unitPath: ['community-1', 'unit-1'] };
const UNIT_TABLE: Array<{ who: string; actor: Actor; subject: { unitPath: string[] }; allowed: boolean }> = [
  { who: 'org_admin', actor: person([orgWide('org_admin')]), subject: UNIT_PATH, allowed: true },
  { who: 'manager of the unit above', actor: person([unitManager('unit-1')]), subject: UNIT_PATH, allowed: true },
  { who: 'lead of the work community itself', actor: person([unitManager('community-1')]), subject: UNIT_PATH, allowed: true },
  {
    who: 'lead of the work community, for its unit',
    actor: person([unitManager('community-1')]),
    subject: { unitPath: ['unit-1'] },
    allowed: false,
  },
  { who: 'manager of another unit', actor: person([unitManager('unit-2')]), subject: UNIT_PATH, allowed: false },
  {
    who: 'facilitator of the unit',
    actor: person([{ role: 'facilitator', scopeType: 'unit', scopeId: 'unit-1' }]),
    subject: UNIT_PATH,
    allowed: false,
  },
  { who: 'anonymous visitor', actor: anonymous, subject: UNIT_PATH, allowed: false },
];

describe('accounts permissions', () => {
  for (const row of TABLE) {
    it(`${row.who}: ${row.action} → ${row.allowed ? 'allowed' : 'denied'}`, () => {
      assert.equal(authorizer.can(row.actor, row.action), row.allowed);
    });
  }

  for (const row of UNIT_TABLE) {
    it(`${row.who}: accounts.staff.read of a work community → ${row.allowed ? 'allowed' : 'denied'}`, () => {
      assert.equal(authorizer.can(row.actor, 'accounts.staff.read', row.subject), row.allowed);
    });
  }

  it('covers every declared accounts action', () => {
    const covered = new Set(TABLE.map((row) => row.action));
    for (const action of authorizer.actions()) assert.ok(covered.has(action), `${action} has no row`);
  });
});
