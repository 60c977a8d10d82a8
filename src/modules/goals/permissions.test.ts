import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { processPermissions } from '../processes/permissions.ts';
import { goalsPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-1';
const grant = (role: RoleGrant['role'], scopeType: RoleGrant['scopeType'] = 'organisation', scopeId: string | null = null): RoleGrant => ({
  role,
  scopeType,
  scopeId,
});

const actors: Record<string, Actor> = {
  visitor: { organisationId: ORGANISATION, userId: null, grants: [] },
  resident: { organisationId: ORGANISATION, userId: 'resident', grants: [] },
  owner: { organisationId: ORGANISATION, userId: 'owner', grants: [grant('member', 'unit', 'school')] },
  unitManager: { organisationId: ORGANISATION, userId: 'unit-manager', grants: [grant('unit_manager', 'unit', 'education')] },
  otherUnitManager: { organisationId: ORGANISATION, userId: 'other', grants: [grant('unit_manager', 'unit', 'technical')] },
  coordinator: { organisationId: ORGANISATION, userId: 'coordinator', grants: [grant('process_manager', 'process', 'p1')] },
  otherCoordinator: { organisationId: ORGANISATION, userId: 'coordinator-2', grants: [grant('process_manager', 'process', 'p2')] },
  admin: { organisationId: ORGANISATION, userId: 'admin', grants: [grant('org_admin')] },
};

const process = { id: 'p1' };
/** An objective of the school beneath the education unit, its figures owned by `owner`. */
const work = { processId: 'p1', unitPath: ['school', 'education'], ownerUserId: 'owner' };

type Row = [actor: keyof typeof actors, action: string, subject: unknown, allowed: boolean];

const table: Row[] = [
  ['visitor', 'goals.admin.list', undefined, false],
  ['resident', 'goals.admin.list', undefined, false],
  ['unitManager', 'goals.admin.list', undefined, true],
  ['coordinator', 'goals.admin.list', undefined, true],
  ['admin', 'goals.admin.list', undefined, true],
  ['unitManager', 'goals.goal.manage', process, false],
  ['coordinator', 'goals.goal.manage', process, true],
  ['otherCoordinator', 'goals.goal.manage', process, false],
  ['admin', 'goals.goal.manage', process, true],
  ['unitManager', 'goals.round.manage', process, false],
  ['coordinator', 'goals.round.manage', process, true],
  ['admin', 'goals.round.manage', process, true],
  ['visitor', 'goals.objective.manage', work, false],
  ['owner', 'goals.objective.manage', work, false],
  ['unitManager', 'goals.objective.manage', work, true],
  ['otherUnitManager', 'goals.objective.manage', work, false],
  ['coordinator', 'goals.objective.manage', work, true],
  ['otherCoordinator', 'goals.objective.manage', work, false],
  ['visitor', 'goals.figures.report', work, false],
  ['resident', 'goals.figures.report', work, false],
  ['owner', 'goals.figures.report', work, true],
  ['owner', 'goals.figures.report', { ...work, ownerUserId: 'someone-else' }, false],
  ['unitManager', 'goals.figures.report', work, true],
  ['otherUnitManager', 'goals.figures.report', work, false],
  ['coordinator', 'goals.figures.report', work, true],
  ['visitor', 'goals.traceMail.manage', undefined, false],
  ['resident', 'goals.traceMail.manage', undefined, true],
];

describe('goals permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([goalsPermissions, processPermissions]);

  for (const [actor, action, subject, allowed] of table) {
    it(`${actor} ${allowed ? 'may' : 'may not'} ${action}${subject === work ? ' (school of education)' : ''}`, () => {
      assert.equal(authorizer.can(actors[actor]!, action, subject), allowed);
    });
  }

  it('covers every declared goals action', () => {
    const declared = authorizer.actions().filter((action) => action.startsWith('goals.'));
    assert.deepEqual([...new Set(table.map(([, action]) => action))].sort(), declared);
  });
});
