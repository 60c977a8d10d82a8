import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { storyPermissions } from './permissions.ts';

const ORGANISATION = 'organisation-1';
const PROCESS = 'process-1';

const organisationWide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });

const actors: Record<string, Actor> = {
  visitor: { organisationId: ORGANISATION, userId: null, grants: [] },
  resident: { organisationId: ORGANISATION, userId: 'resident', grants: [] },
  moderator: { organisationId: ORGANISATION, userId: 'moderator', grants: [organisationWide('moderator')] },
  manager: { organisationId: ORGANISATION, userId: 'manager', grants: [organisationWide('process_manager')] },
  otherManager: {
    organisationId: ORGANISATION,
    userId: 'other',
    grants: [{ role: 'process_manager', scopeType: 'process', scopeId: 'process-2' }],
  },
  admin: { organisationId: ORGANISATION, userId: 'admin', grants: [organisationWide('org_admin')] },
};

const draft = { processId: PROCESS, isPublic: false };
const published = { processId: PROCESS, isPublic: true };
const process = { id: PROCESS };
const open = (audience: string, inAudience = false) => ({ state: 'open', audience, inAudience });

type Row = [actor: keyof typeof actors, action: string, subject: unknown, allowed: boolean];

const table: Row[] = [
  ['visitor', 'story.version.view', published, true],
  ['visitor', 'story.version.view', draft, false],
  ['resident', 'story.version.view', draft, false],
  ['otherManager', 'story.version.view', draft, false],
  ['manager', 'story.version.view', draft, true],
  ['admin', 'story.version.view', draft, true],
  ['visitor', 'story.story.edit', process, false],
  ['resident', 'story.story.edit', process, false],
  ['moderator', 'story.story.edit', process, false],
  ['otherManager', 'story.story.edit', process, false],
  ['manager', 'story.story.edit', process, true],
  ['admin', 'story.story.edit', process, true],
  ['visitor', 'story.comment.respond', process, false],
  ['resident', 'story.comment.respond', process, false],
  ['otherManager', 'story.comment.respond', process, false],
  ['manager', 'story.comment.respond', process, true],
  ['admin', 'story.comment.respond', process, true],
  ['visitor', 'story.comment.moderate', process, false],
  ['resident', 'story.comment.moderate', process, false],
  ['otherManager', 'story.comment.moderate', process, false],
  ['moderator', 'story.comment.moderate', process, true],
  ['manager', 'story.comment.moderate', process, true],
  ['admin', 'story.comment.moderate', process, true],
  ['visitor', 'story.decision.record', process, false],
  ['resident', 'story.decision.record', process, false],
  ['moderator', 'story.decision.record', process, false],
  ['otherManager', 'story.decision.record', process, false],
  ['manager', 'story.decision.record', process, true],
  ['admin', 'story.decision.record', process, true],
  ['visitor', 'story.comment.create', open('anyone'), true],
  ['visitor', 'story.comment.create', { state: 'closed', audience: 'anyone', inAudience: false }, false],
  ['visitor', 'story.comment.create', { state: 'upcoming', audience: 'anyone', inAudience: false }, false],
  ['admin', 'story.comment.create', { state: 'none', audience: 'anyone', inAudience: false }, false],
  ['visitor', 'story.comment.create', open('signed_in'), false],
  ['resident', 'story.comment.create', open('signed_in'), true],
  ['resident', 'story.comment.create', open('staff'), false],
  ['moderator', 'story.comment.create', open('staff', true), true],
  ['resident', 'story.comment.create', open('bodies'), false],
  ['resident', 'story.comment.create', open('bodies', true), true],
  ['visitor', 'story.comment.create', open('units', true), false],
];

describe('story permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([storyPermissions]);

  for (const [actor, action, subject, allowed] of table) {
    it(`${actor} ${allowed ? 'may' : 'may not'} ${action} (${JSON.stringify(subject)})`, () => {
      assert.equal(authorizer.can(actors[actor]!, action, subject), allowed);
    });
  }

  it('covers every declared story action', () => {
    const declared = authorizer.actions().filter((action) => action.startsWith('story.'));
    assert.deepEqual([...new Set(table.map(([, action]) => action))].sort(), declared);
  });
});
