import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role, RoleGrant } from '../../platform/authz/authz.ts';
import { insightsPermissions } from './permissions.ts';

const PROCESS = { id: 'process-1' };
const actor = (grants: RoleGrant[], userId: string | null = 'user-1'): Actor => ({ organisationId: 'org-a', userId, grants });
const everywhere = (role: Role): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });
const inProcess = (role: Role, processId = PROCESS.id): RoleGrant => ({ role, scopeType: 'process', scopeId: processId });

const PEOPLE: Record<string, Actor> = {
  visitor: actor([], null),
  resident: actor([]),
  member: actor([everywhere('member')]),
  facilitator: actor([everywhere('facilitator')]),
  moderator: actor([everywhere('moderator')]),
  analyst: actor([everywhere('analyst')]),
  analystOfProcess: actor([inProcess('analyst')]),
  analystOfOther: actor([inProcess('analyst', 'process-2')]),
  manager: actor([everywhere('process_manager')]),
  managerOfOther: actor([inProcess('process_manager', 'process-2')]),
  admin: actor([everywhere('org_admin')]),
};

const ANALYSTS = ['analyst', 'analystOfProcess', 'manager', 'admin'];

// Who may do what; everyone else is denied.
const TABLE: Record<keyof typeof insightsPermissions, string[]> = {
  'insights.admin.list': ['analyst', 'analystOfProcess', 'analystOfOther', 'manager', 'managerOfOther', 'admin'],
  'insights.run.start': ANALYSTS,
  'insights.run.view': ANALYSTS,
  'insights.run.cancel': ANALYSTS,
  'insights.theme.edit': ANALYSTS,
  'insights.themes.publish': ANALYSTS,
  'insights.theme.merge': ANALYSTS,
  'insights.theme.split': ANALYSTS,
  'insights.contributions.move': ANALYSTS,
  'insights.contribution.tag': ANALYSTS,
  'insights.edit.undo': ANALYSTS,
  'insights.run.reopen': ANALYSTS,
  'insights.codebook.save': ANALYSTS,
  'insights.theme.counterparts': ANALYSTS,
  'insights.theme.create': ANALYSTS,
};

describe('insights permissions: analysts and managers of the process, deny by default', () => {
  for (const [action, allowed] of Object.entries(TABLE)) {
    it(action, () => {
      const rule = insightsPermissions[action as keyof typeof insightsPermissions];
      const granted = Object.entries(PEOPLE)
        .filter(([, person]) => rule(person, PROCESS))
        .map(([name]) => name);
      assert.deepEqual(granted.sort(), [...allowed].sort());
    });
  }

  it('has a row for every declared rule', () => {
    assert.deepEqual(Object.keys(insightsPermissions).sort(), Object.keys(TABLE).sort());
  });
});
