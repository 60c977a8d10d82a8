import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../authz/authz.ts';
import type { Db } from '../db/database.ts';
import { type AudienceContext, type AudienceLookups, inAudience } from './audience.ts';

// A unit tree: city → education (unit) → school (work community); health apart.
const parents: Record<string, string | null> = { city: null, education: 'city', school: 'education', health: 'city' };
const unitOf: Record<string, string> = { teacher: 'school', nurse: 'health' };
const members: Record<string, string[]> = { board: ['councillor'] };

const lookups: AudienceLookups = {
  unitOfUser: async (_db, organisationId, userId) => (organisationId === 'org' ? (unitOf[userId] ?? null) : null),
  unitWithAncestors: async (_db, _organisationId, unitId) => {
    const path: string[] = [];
    for (let current: string | null | undefined = unitId; current; current = parents[current]) path.push(current);
    return path;
  },
  isMemberOfBodies: async (_db, organisationId, userId, bodyIds) =>
    organisationId === 'org' && bodyIds.some((id) => members[id]?.includes(userId)),
};
const context: AudienceContext = { db: {} as Db, audienceLookups: lookups };

function actor(userId: string | null, roles: string[] = [], organisationId = 'org'): Actor {
  return {
    organisationId,
    userId,
    grants: roles.map((role) => ({ role, scopeType: 'organisation', scopeId: '' })) as unknown as Actor['grants'],
  };
}

describe('audience check', () => {
  const anonymous = actor(null);
  const citizen = actor('citizen');
  const staff = actor('clerk', ['moderator']);

  it('lets anyone into a public audience and anyone signed in into a signed-in one', async () => {
    assert.equal(await inAudience(context, anonymous, { kind: 'public' }), true);
    assert.equal(await inAudience(context, anonymous, { kind: 'signed-in' }), false);
    assert.equal(await inAudience(context, citizen, { kind: 'signed-in' }), true);
  });

  it('counts as staff the signed-in users holding a role', async () => {
    assert.equal(await inAudience(context, staff, { kind: 'staff' }), true);
    assert.equal(await inAudience(context, citizen, { kind: 'staff' }), false);
    assert.equal(await inAudience(context, anonymous, { kind: 'staff' }), false);
  });

  it('counts as staff of a unit those of the unit and of every unit beneath it', async () => {
    assert.equal(await inAudience(context, actor('teacher'), { kind: 'units', unitIds: ['school'] }), true);
    assert.equal(await inAudience(context, actor('teacher'), { kind: 'units', unitIds: ['education'] }), true);
    assert.equal(await inAudience(context, actor('teacher'), { kind: 'units', unitIds: ['city'] }), true);
    assert.equal(await inAudience(context, actor('nurse'), { kind: 'units', unitIds: ['education'] }), false);
    assert.equal(await inAudience(context, actor('teacher'), { kind: 'units', unitIds: [] }), false);
    assert.equal(await inAudience(context, citizen, { kind: 'units', unitIds: ['city'] }), false);
    assert.equal(await inAudience(context, actor('teacher', [], 'other'), { kind: 'units', unitIds: ['school'] }), false);
  });

  it('lets members of the given bodies in, and no one else', async () => {
    assert.equal(await inAudience(context, actor('councillor'), { kind: 'bodies', bodyIds: ['board'] }), true);
    assert.equal(await inAudience(context, actor('councillor'), { kind: 'bodies', bodyIds: ['committee'] }), false);
    assert.equal(await inAudience(context, actor('councillor'), { kind: 'bodies', bodyIds: [] }), false);
    assert.equal(await inAudience(context, staff, { kind: 'bodies', bodyIds: ['board'] }), false);
    assert.equal(await inAudience(context, anonymous, { kind: 'bodies', bodyIds: ['board'] }), false);
  });
});
