import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor, RoleGrant } from '../../platform/authz/authz.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { ProcessSubject } from './permissions.ts';

const ORGANISATION = 'organisation-1';
const THIS_PROCESS = 'process-this';
const OTHER_PROCESS = 'process-other';

function actor(grants: RoleGrant[], signedIn = true): Actor {
  return { organisationId: ORGANISATION, userId: signedIn ? 'user-1' : null, grants };
}

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

const ROLES: Record<string, Actor> = {
  org_admin: actor([organisationWide('org_admin')]),
  process_manager: actor([organisationWide('process_manager')]),
  manager_of_this: actor([{ role: 'process_manager', scopeType: 'process', scopeId: THIS_PROCESS }]),
  manager_of_other: actor([{ role: 'process_manager', scopeType: 'process', scopeId: OTHER_PROCESS }]),
  facilitator: actor([organisationWide('facilitator')]),
  member: actor([organisationWide('member')]),
  no_role: actor([]),
  anonymous: actor([], false),
};

const process = (visibility: ProcessSubject['visibility']): ProcessSubject => ({ id: THIS_PROCESS, visibility });

type Row = [role: keyof typeof ROLES, action: string, situation: string, subject: ProcessSubject | undefined, allowed: boolean];

// role × action × situation → allowed. Every processes.* action is covered (checked below).
const TABLE: Row[] = [
  ['org_admin', 'processes.process.view', 'public', process('public'), true],
  ['org_admin', 'processes.process.view', 'internal', process('internal'), true],
  ['org_admin', 'processes.process.view', 'draft', process('draft'), true],
  ['org_admin', 'processes.process.create', 'any', undefined, true],
  ['org_admin', 'processes.process.update', 'draft', process('draft'), true],
  ['org_admin', 'processes.process.delete', 'public', process('public'), true],
  ['org_admin', 'processes.admin.list', 'any', undefined, true],

  ['process_manager', 'processes.process.view', 'public', process('public'), true],
  ['process_manager', 'processes.process.view', 'internal', process('internal'), true],
  ['process_manager', 'processes.process.view', 'draft', process('draft'), true],
  ['process_manager', 'processes.process.create', 'any', undefined, true],
  ['process_manager', 'processes.process.update', 'draft', process('draft'), true],
  ['process_manager', 'processes.process.update', 'public', process('public'), true],
  ['process_manager', 'processes.process.delete', 'public', process('public'), false],
  ['process_manager', 'processes.process.delete', 'draft', process('draft'), false],
  ['process_manager', 'processes.admin.list', 'any', undefined, true],

  ['manager_of_this', 'processes.process.view', 'draft', process('draft'), true],
  ['manager_of_this', 'processes.process.update', 'draft', process('draft'), true],
  ['manager_of_this', 'processes.process.delete', 'draft', process('draft'), false],
  ['manager_of_this', 'processes.process.create', 'any', undefined, false],
  ['manager_of_this', 'processes.admin.list', 'any', undefined, true],

  ['manager_of_other', 'processes.process.view', 'public', process('public'), true],
  ['manager_of_other', 'processes.process.view', 'internal', process('internal'), true],
  ['manager_of_other', 'processes.process.view', 'draft', process('draft'), false],
  ['manager_of_other', 'processes.process.create', 'any', undefined, false],
  ['manager_of_other', 'processes.process.update', 'public', process('public'), false],
  ['manager_of_other', 'processes.process.update', 'draft', process('draft'), false],
  ['manager_of_other', 'processes.process.delete', 'public', process('public'), false],
  ['manager_of_other', 'processes.admin.list', 'any', undefined, true],

  ['facilitator', 'processes.process.view', 'public', process('public'), true],
  ['facilitator', 'processes.process.view', 'internal', process('internal'), true],
  ['facilitator', 'processes.process.view', 'draft', process('draft'), false],
  ['facilitator', 'processes.process.create', 'any', undefined, false],
  ['facilitator', 'processes.process.update', 'public', process('public'), false],
  ['facilitator', 'processes.process.delete', 'public', process('public'), false],
  ['facilitator', 'processes.admin.list', 'any', undefined, false],

  ['member', 'processes.process.view', 'public', process('public'), true],
  ['member', 'processes.process.view', 'internal', process('internal'), true],
  ['member', 'processes.process.view', 'draft', process('draft'), false],
  ['member', 'processes.process.create', 'any', undefined, false],
  ['member', 'processes.process.update', 'public', process('public'), false],
  ['member', 'processes.process.delete', 'public', process('public'), false],
  ['member', 'processes.admin.list', 'any', undefined, false],

  ['no_role', 'processes.process.view', 'public', process('public'), true],
  ['no_role', 'processes.process.view', 'internal', process('internal'), false],
  ['no_role', 'processes.process.view', 'draft', process('draft'), false],
  ['no_role', 'processes.process.create', 'any', undefined, false],
  ['no_role', 'processes.admin.list', 'any', undefined, false],

  ['anonymous', 'processes.process.view', 'public', process('public'), true],
  ['anonymous', 'processes.process.view', 'internal', process('internal'), false],
  ['anonymous', 'processes.process.view', 'draft', process('draft'), false],
  ['anonymous', 'processes.process.create', 'any', undefined, false],
  ['anonymous', 'processes.process.update', 'public', process('public'), false],
  ['anonymous', 'processes.process.delete', 'public', process('public'), false],
  ['anonymous', 'processes.admin.list', 'any', undefined, false],
  ['no_role', 'processes.seat.own', 'any', undefined, true],
  ['member', 'processes.seat.own', 'any', undefined, true],
  ['anonymous', 'processes.seat.own', 'any', undefined, false],
];

describe('processes permission table', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: false });
  });
  after(() => test.close());

  for (const [role, action, situation, subject, allowed] of TABLE) {
    it(`${role} ${allowed ? 'may' : 'may not'} ${action} (${situation})`, () => {
      assert.equal(test.context.authorizer.can(ROLES[role] as Actor, action, subject), allowed);
    });
  }

  it('covers every declared processes.* action', () => {
    const declared = test.context.authorizer.actions().filter((action) => action.startsWith('processes.'));
    const covered = new Set(TABLE.map(([, action]) => action));
    assert.deepEqual(
      declared.filter((action) => !covered.has(action)),
      [],
    );
  });

  it('denies a process update without a subject (no rule may allow it by accident)', () => {
    assert.equal(test.context.authorizer.can(ROLES.manager_of_this as Actor, 'processes.process.update', undefined), false);
  });
});
