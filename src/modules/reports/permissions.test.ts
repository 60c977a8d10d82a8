import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { reportsPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-1';
const PROCESS = { processId: 'process-1' };

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

const actors: Record<string, Actor> = {
  visitor: { organisationId: ORGANISATION, userId: null, grants: [] },
  resident: { organisationId: ORGANISATION, userId: 'resident', grants: [] },
  analyst: { organisationId: ORGANISATION, userId: 'analyst', grants: [organisationWide('analyst')] },
  manager: { organisationId: ORGANISATION, userId: 'manager', grants: [organisationWide('process_manager')] },
  otherManager: {
    organisationId: ORGANISATION,
    userId: 'other',
    grants: [{ role: 'process_manager', scopeType: 'process', scopeId: 'process-2' }],
  },
  admin: { organisationId: ORGANISATION, userId: 'admin', grants: [organisationWide('org_admin')] },
};

type Row = [actor: keyof typeof actors, action: string, allowed: boolean];

const coordinatorOnly = (action: string): Row[] => [
  ['visitor', action, false],
  ['resident', action, false],
  ['analyst', action, false],
  ['otherManager', action, false],
  ['manager', action, true],
  ['admin', action, true],
];

const table: Row[] = [
  ['visitor', 'reports.admin.list', false],
  ['resident', 'reports.admin.list', false],
  ['analyst', 'reports.admin.list', false],
  ['otherManager', 'reports.admin.list', true],
  ['manager', 'reports.admin.list', true],
  ['admin', 'reports.admin.list', true],
  ...coordinatorOnly('reports.participation.view'),
  ...coordinatorOnly('reports.report.edit'),
  ...coordinatorOnly('reports.report.publish'),
  ['visitor', 'reports.published.view', true],
  ['resident', 'reports.published.view', true],
];

describe('reports permissions (role × action)', () => {
  const authorizer = new Authorizer([reportsPermissions]);

  for (const [actor, action, allowed] of table) {
    it(`${actor} ${allowed ? 'may' : 'may not'} ${action} of a process`, () => {
      assert.equal(authorizer.can(actors[actor]!, action, PROCESS), allowed);
    });
  }

  it('covers every declared reports action', () => {
    const declared = authorizer.actions().filter((action) => action.startsWith('reports.'));
    assert.deepEqual([...new Set(table.map(([, action]) => action))].sort(), declared);
  });
});
