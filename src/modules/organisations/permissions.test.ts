import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { organisationPermissions } from './permissions.ts';

const ORGANISATION = 'org-a';

function actor(grants: RoleGrant[], userId: string | null = 'user-1'): Actor {
  return { organisationId: ORGANISATION, userId, grants };
}

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

const ACTIONS = [
  'organisations.settings.update',
  'organisations.units.manage',
  'organisations.audit.read',
  'organisations.participation.read',
  'organisations.jobs.read',
] as const;

// role × situation → whether each action is allowed; the same answer holds for every action of the module.
const TABLE: Array<{ who: string; actor: Actor; allowed: boolean }> = [
  { who: 'a visitor', actor: actor([], null), allowed: false },
  { who: 'a signed-in resident without roles', actor: actor([]), allowed: false },
  { who: 'a process manager', actor: actor([organisationWide('process_manager')]), allowed: false },
  { who: 'a facilitator', actor: actor([organisationWide('facilitator')]), allowed: false },
  { who: 'an analyst', actor: actor([organisationWide('analyst')]), allowed: false },
  { who: 'a moderator', actor: actor([organisationWide('moderator')]), allowed: false },
  { who: 'a unit manager', actor: actor([organisationWide('unit_manager')]), allowed: false },
  { who: 'a member', actor: actor([organisationWide('member')]), allowed: false },
  { who: 'an admin of one process only', actor: actor([{ role: 'org_admin', scopeType: 'process', scopeId: 'p1' }]), allowed: false },
  { who: 'an admin of one unit only', actor: actor([{ role: 'org_admin', scopeType: 'unit', scopeId: 'u1' }]), allowed: false },
  { who: 'an organisation admin', actor: actor([organisationWide('org_admin')]), allowed: true },
  {
    who: 'an organisation admin who is also process manager',
    actor: actor([organisationWide('process_manager'), organisationWide('org_admin')]),
    allowed: true,
  },
];

describe('organisations permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([organisationPermissions]);

  it('declares exactly the actions this table covers', () => {
    assert.deepEqual(authorizer.actions(), [...ACTIONS].sort());
  });

  for (const row of TABLE) {
    for (const action of ACTIONS) {
      it(`${row.allowed ? 'allows' : 'denies'} ${row.who}: ${action}`, () => {
        assert.equal(authorizer.can(row.actor, action), row.allowed);
      });
    }
  }

  it('denies an undeclared action even to an admin', () => {
    assert.equal(authorizer.can(actor([organisationWide('org_admin')]), 'organisations.everything.delete'), false);
  });
});
