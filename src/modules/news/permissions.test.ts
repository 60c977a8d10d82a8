import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { newsPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-1';
const PROCESS = 'process-p';
const OTHER_PROCESS = 'process-q';

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

const actors: Record<string, Actor> = {
  visitor: { organisationId: ORGANISATION, userId: null, grants: [] },
  resident: { organisationId: ORGANISATION, userId: 'resident', grants: [] },
  facilitator: { organisationId: ORGANISATION, userId: 'facilitator', grants: [organisationWide('facilitator')] },
  manager: { organisationId: ORGANISATION, userId: 'manager', grants: [organisationWide('process_manager')] },
  managerOfP: {
    organisationId: ORGANISATION,
    userId: 'manager-of-p',
    grants: [{ role: 'process_manager', scopeType: 'process', scopeId: PROCESS }],
  },
  managerOfQ: {
    organisationId: ORGANISATION,
    userId: 'manager-of-q',
    grants: [{ role: 'process_manager', scopeType: 'process', scopeId: OTHER_PROCESS }],
  },
  admin: { organisationId: ORGANISATION, userId: 'admin', grants: [organisationWide('org_admin')] },
};

const situations = {
  publishedOfP: { processId: PROCESS, status: 'published' },
  draftOfP: { processId: PROCESS, status: 'draft' },
  draftOfNoProcess: { processId: null, status: 'draft' },
  postOfP: { processId: PROCESS },
  postOfNoProcess: { processId: null },
  none: undefined,
} as const;

type Row = [actor: keyof typeof actors, action: string, situation: keyof typeof situations, allowed: boolean];

// Whether each post's process is visible at all is 'processes.process.view', tested by that module.
const table: Row[] = [
  ['visitor', 'news.post.view', 'publishedOfP', true],
  ['visitor', 'news.post.view', 'draftOfP', false],
  ['resident', 'news.post.view', 'draftOfP', false],
  ['facilitator', 'news.post.view', 'draftOfP', false],
  ['managerOfQ', 'news.post.view', 'draftOfP', false],
  ['managerOfP', 'news.post.view', 'draftOfP', true],
  ['managerOfP', 'news.post.view', 'draftOfNoProcess', false],
  ['manager', 'news.post.view', 'draftOfNoProcess', true],
  ['admin', 'news.post.view', 'draftOfP', true],

  ['visitor', 'news.post.manage', 'postOfP', false],
  ['resident', 'news.post.manage', 'postOfP', false],
  ['facilitator', 'news.post.manage', 'postOfP', false],
  ['managerOfQ', 'news.post.manage', 'postOfP', false],
  ['managerOfP', 'news.post.manage', 'postOfP', true],
  ['managerOfP', 'news.post.manage', 'postOfNoProcess', false],
  ['manager', 'news.post.manage', 'postOfP', true],
  ['manager', 'news.post.manage', 'postOfNoProcess', true],
  ['admin', 'news.post.manage', 'postOfNoProcess', true],
  ['admin', 'news.post.manage', 'none', false],

  ['visitor', 'news.page.manage', 'none', false],
  ['resident', 'news.page.manage', 'none', false],
  ['manager', 'news.page.manage', 'none', false],
  ['managerOfP', 'news.page.manage', 'none', false],
  ['admin', 'news.page.manage', 'none', true],

  ['visitor', 'news.admin.list', 'none', false],
  ['resident', 'news.admin.list', 'none', false],
  ['facilitator', 'news.admin.list', 'none', false],
  ['managerOfP', 'news.admin.list', 'none', true],
  ['manager', 'news.admin.list', 'none', true],
  ['admin', 'news.admin.list', 'none', true],
];

describe('news permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([newsPermissions]);

  for (const [actor, action, situation, allowed] of table) {
    it(`${actor} ${allowed ? 'may' : 'may not'} ${action} (${situation})`, () => {
      assert.equal(authorizer.can(actors[actor]!, action, situations[situation]), allowed);
    });
  }

  it('covers every declared news action', () => {
    const declared = authorizer.actions().filter((action) => action.startsWith('news.'));
    assert.deepEqual([...new Set(table.map(([, action]) => action))].sort(), declared);
  });
});
