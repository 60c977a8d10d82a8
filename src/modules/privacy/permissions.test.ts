import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { privacyPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-1';

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

const actors: Record<string, Actor> = {
  visitor: { organisationId: ORGANISATION, userId: null, grants: [] },
  resident: { organisationId: ORGANISATION, userId: 'resident', grants: [] },
  manager: { organisationId: ORGANISATION, userId: 'manager', grants: [organisationWide('process_manager')] },
  admin: { organisationId: ORGANISATION, userId: 'admin', grants: [organisationWide('org_admin')] },
};

type Row = [actor: keyof typeof actors, action: string, allowed: boolean];

const table: Row[] = [
  ['visitor', 'privacy.feedback.send', true],
  ['resident', 'privacy.feedback.send', true],
  ['admin', 'privacy.feedback.send', true],
  ['visitor', 'privacy.feedback.manage', false],
  ['resident', 'privacy.feedback.manage', false],
  ['manager', 'privacy.feedback.manage', false],
  ['admin', 'privacy.feedback.manage', true],
];

describe('privacy permissions (role × action)', () => {
  const authorizer = new Authorizer([privacyPermissions]);

  for (const [actor, action, allowed] of table) {
    it(`${actor} ${allowed ? 'may' : 'may not'} ${action}`, () => {
      assert.equal(authorizer.can(actors[actor]!, action, undefined), allowed);
    });
  }

  it('covers every declared privacy action', () => {
    const declared = authorizer.actions().filter((action) => action.startsWith('privacy.'));
    assert.deepEqual([...new Set(table.map(([, action]) => action))].sort(), declared);
  });
});
