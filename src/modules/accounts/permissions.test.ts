import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, ROLES, type RoleGrant } from '../../platform/authz/authz.ts';
import { accountPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-a';
const authorizer = new Authorizer([accountPermissions]);

const anonymous: Actor = { organisationId: ORGANISATION, userId: null, grants: [] };
const person = (grants: RoleGrant[]): Actor => ({ organisationId: ORGANISATION, userId: 'user-1', grants });
const orgWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

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
];

describe('accounts permissions', () => {
  for (const row of TABLE) {
    it(`${row.who}: ${row.action} → ${row.allowed ? 'allowed' : 'denied'}`, () => {
      assert.equal(authorizer.can(row.actor, row.action), row.allowed);
    });
  }

  it('covers every declared accounts action', () => {
    const covered = new Set(TABLE.map((row) => row.action));
    for (const action of authorizer.actions()) assert.ok(covered.has(action), `${action} has no row`);
  });
});
