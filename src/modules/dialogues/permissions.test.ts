import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { dialoguesPermissions, type RecordSubject } from './permissions.ts';

const ORGANISATION = 'organisation-1';
const PROCESS = 'process-1';

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });
const forUnit = (unitId: string): RoleGrant => ({ role: 'unit_manager', scopeType: 'unit', scopeId: unitId });
const person = (grants: RoleGrant[]): Actor => ({ organisationId: ORGANISATION, userId: 'someone', grants });

const actors = {
  visitor: { organisationId: ORGANISATION, userId: null, grants: [] } as Actor,
  resident: person([]),
  staff: person([organisationWide('member')]),
  lead: person([organisationWide('member'), forUnit('community-a')]),
  facilitatingLead: person([
    organisationWide('member'),
    forUnit('community-a'),
    { role: 'facilitator', scopeType: 'process', scopeId: PROCESS },
  ]),
  otherLead: person([organisationWide('member'), forUnit('community-b')]),
  unitManager: person([forUnit('unit-1')]),
  processManager: person([{ role: 'process_manager', scopeType: 'process', scopeId: PROCESS }]),
  otherProcessManager: person([{ role: 'process_manager', scopeType: 'process', scopeId: 'process-2' }]),
  admin: person([organisationWide('org_admin')]),
};

type Who = keyof typeof actors;

const round = { processId: PROCESS };
/** Work community A beneath unit 1. */
const record: RecordSubject = { processId: PROCESS, unitPath: ['community-a', 'unit-1'] };
/** The same record read by someone the staff directory places in community A, in community B, or in unit 1 above it. */
const readByMember: RecordSubject = { ...record, readerUnitId: 'community-a' };
const readByOtherMember: RecordSubject = { ...record, readerUnitId: 'community-b' };
const readByUnitMember: RecordSubject = { ...record, readerUnitId: 'unit-1' };
/** Everyone signed in with a role: as members of community A they read its dialogue. */
const staffRoles: Who[] = [
  'staff',
  'lead',
  'facilitatingLead',
  'otherLead',
  'unitManager',
  'processManager',
  'otherProcessManager',
  'admin',
];

/** [action, subject, who may] — everyone not listed may not. */
const table: Array<[string, unknown, Who[]]> = [
  [
    'dialogues.admin.list',
    undefined,
    ['lead', 'facilitatingLead', 'otherLead', 'unitManager', 'processManager', 'otherProcessManager', 'admin'],
  ],
  ['dialogues.round.create', undefined, ['processManager', 'otherProcessManager', 'admin']],
  ['dialogues.round.create', round, ['processManager', 'admin']],
  ['dialogues.round.update', round, ['processManager', 'admin']],
  [
    'dialogues.round.view',
    round,
    ['staff', 'lead', 'facilitatingLead', 'otherLead', 'unitManager', 'processManager', 'otherProcessManager', 'admin'],
  ],
  ['dialogues.coverage.view', round, ['lead', 'facilitatingLead', 'otherLead', 'unitManager', 'processManager', 'admin']],
  ['dialogues.reminder.send', round, ['processManager', 'admin']],
  ['dialogues.record.view', record, ['lead', 'facilitatingLead', 'unitManager', 'processManager', 'admin']],
  ['dialogues.record.view', readByMember, staffRoles],
  ['dialogues.record.view', readByOtherMember, ['lead', 'facilitatingLead', 'unitManager', 'processManager', 'admin']],
  ['dialogues.record.view', readByUnitMember, ['lead', 'facilitatingLead', 'unitManager', 'processManager', 'admin']],
  ['dialogues.record.edit', record, ['lead', 'facilitatingLead', 'unitManager']],
  ['dialogues.record.edit', readByMember, ['lead', 'facilitatingLead', 'unitManager']],
  ['dialogues.commitment.follow', readByMember, ['lead', 'facilitatingLead', 'unitManager', 'processManager', 'admin']],
  ['dialogues.record.live', record, ['lead', 'facilitatingLead', 'unitManager']],
  ['dialogues.commitment.follow', record, ['lead', 'facilitatingLead', 'unitManager', 'processManager', 'admin']],
];

describe('dialogues permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([dialoguesPermissions]);

  for (const [action, subject, allowed] of table) {
    for (const who of Object.keys(actors) as Who[]) {
      const may = allowed.includes(who);
      it(`${who} ${may ? 'may' : 'may not'} ${action}${subject ? ' (this subject)' : ''}`, () => {
        assert.equal(authorizer.can(actors[who], action, subject), may);
      });
    }
  }

  it('covers every declared dialogues action', () => {
    const declared = authorizer.actions().filter((action) => action.startsWith('dialogues.'));
    assert.deepEqual([...new Set(table.map(([action]) => action))].sort(), declared);
  });
});
