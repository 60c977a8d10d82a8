import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type Role } from '../../platform/authz/authz.ts';
import { processPermissions } from '../processes/permissions.ts';
import { surveyPermissions } from './permissions.ts';

const authorizer = new Authorizer([processPermissions, surveyPermissions]);
const organisationId = 'org';

function actor(name: string): Actor {
  const grant = (role: Role, scopeType: 'organisation' | 'process' = 'organisation', scopeId: string | null = null) => [
    { role, scopeType, scopeId },
  ];
  const grants = {
    visitor: [],
    resident: [],
    admin: grant('org_admin'),
    manager: grant('process_manager'),
    processManager: grant('process_manager', 'process', 'p1'),
    otherManager: grant('process_manager', 'process', 'p2'),
    analyst: grant('analyst'),
    processAnalyst: grant('analyst', 'process', 'p1'),
    facilitator: grant('facilitator'),
  }[name];
  if (!grants) throw new Error(name);
  return { organisationId, userId: name === 'visitor' ? null : name, grants };
}

const draft = { processId: 'p1', status: 'draft', resultsPublic: false };
const published = { processId: 'p1', status: 'published', resultsPublic: false };
const publicResults = { processId: 'p1', status: 'published', resultsPublic: true };

/** role × action × situation → allowed? Every declared surveys action appears here. */
const table: Array<[string, string, unknown, boolean]> = [
  ['admin', 'surveys.admin.list', undefined, true],
  ['manager', 'surveys.admin.list', undefined, true],
  ['processManager', 'surveys.admin.list', undefined, true],
  ['analyst', 'surveys.admin.list', undefined, false],
  ['resident', 'surveys.admin.list', undefined, false],
  ['processManager', 'surveys.survey.create', { id: 'p1' }, true],
  ['otherManager', 'surveys.survey.create', { id: 'p1' }, false],
  ['analyst', 'surveys.survey.create', { id: 'p1' }, false],
  ['visitor', 'surveys.survey.create', { id: 'p1' }, false],
  ['admin', 'surveys.survey.manage', draft, true],
  ['processManager', 'surveys.survey.manage', draft, true],
  ['otherManager', 'surveys.survey.manage', draft, false],
  ['facilitator', 'surveys.survey.manage', published, false],
  ['visitor', 'surveys.survey.view', draft, false],
  ['resident', 'surveys.survey.view', draft, false],
  ['processManager', 'surveys.survey.view', draft, true],
  ['visitor', 'surveys.survey.view', published, true],
  ['visitor', 'surveys.survey.answer', { status: 'published', audience: 'anyone', inAudience: false }, true],
  ['visitor', 'surveys.survey.answer', { status: 'draft', audience: 'anyone', inAudience: false }, false],
  ['visitor', 'surveys.survey.answer', { status: 'published', audience: 'signed_in', inAudience: false }, false],
  ['resident', 'surveys.survey.answer', { status: 'published', audience: 'signed_in', inAudience: false }, true],
  ['resident', 'surveys.survey.answer', { status: 'published', audience: 'units', inAudience: false }, false],
  ['resident', 'surveys.survey.answer', { status: 'published', audience: 'units', inAudience: true }, true],
  ['resident', 'surveys.survey.answer', { status: 'published', audience: 'bodies', inAudience: true }, true],
  ['visitor', 'surveys.survey.answer', { status: 'published', audience: 'bodies', inAudience: true }, false],
  ['admin', 'surveys.survey.answer', { status: 'published', audience: 'bodies', inAudience: false }, false],
  ['visitor', 'surveys.results.view', published, false],
  ['visitor', 'surveys.results.view', publicResults, true],
  ['visitor', 'surveys.results.view', { ...publicResults, status: 'draft' }, false],
  ['analyst', 'surveys.results.view', draft, true],
  ['processAnalyst', 'surveys.results.view', published, true],
  ['processAnalyst', 'surveys.results.view', { ...published, processId: 'p2' }, false],
  ['processManager', 'surveys.results.view', published, true],
  ['resident', 'surveys.results.view', published, false],
  ['visitor', 'surveys.results.export', publicResults, false],
  ['resident', 'surveys.results.export', publicResults, false],
  ['analyst', 'surveys.results.export', published, true],
  ['processManager', 'surveys.results.export', published, true],
  ['otherManager', 'surveys.results.export', published, false],
  ['visitor', 'surveys.results.exportOpenData', publicResults, true],
  ['visitor', 'surveys.results.exportOpenData', published, false],
  ['analyst', 'surveys.results.exportOpenData', published, true],
];

describe('survey permissions', () => {
  for (const [who, action, subject, allowed] of table) {
    it(`${who} ${allowed ? 'may' : 'may not'} ${action} (${JSON.stringify(subject ?? {})})`, () => {
      assert.equal(authorizer.can(actor(who), action, subject), allowed);
    });
  }

  it('covers every declared surveys action', () => {
    const covered = new Set(table.map(([, action]) => action));
    assert.deepEqual(
      authorizer.actions().filter((action) => action.startsWith('surveys.') && !covered.has(action)),
      [],
    );
  });
});
