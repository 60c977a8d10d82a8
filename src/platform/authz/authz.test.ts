import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, definePermissions, hasRole } from './authz.ts';

const organisationId = 'org-1';
const anonymous: Actor = { organisationId, userId: null, grants: [] };
const admin: Actor = { organisationId, userId: 'u1', grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }] };
const scopedManager: Actor = { organisationId, userId: 'u2', grants: [{ role: 'process_manager', scopeType: 'process', scopeId: 'p1' }] };

describe('the permission engine', () => {
  const authorizer = new Authorizer([
    definePermissions({
      'test.thing.edit': (actor: Actor, subject: { processId: string }) =>
        hasRole(actor, 'org_admin') || hasRole(actor, 'process_manager', { processId: subject.processId }),
      'test.thing.explode': () => {
        throw new Error('boom');
      },
    }),
  ]);

  it('denies an undeclared action for everyone, even admins', () => {
    assert.equal(authorizer.can(admin, 'test.thing.undeclared'), false);
  });

  it('applies a scoped grant only to its own scope', () => {
    assert.equal(authorizer.can(scopedManager, 'test.thing.edit', { processId: 'p1' }), true);
    assert.equal(authorizer.can(scopedManager, 'test.thing.edit', { processId: 'p2' }), false);
    assert.equal(authorizer.can(admin, 'test.thing.edit', { processId: 'p2' }), true);
    assert.equal(authorizer.can(anonymous, 'test.thing.edit', { processId: 'p1' }), false);
  });

  it('denies when a rule throws (e.g. a missing subject)', () => {
    assert.equal(authorizer.can(admin, 'test.thing.explode'), false);
    assert.equal(authorizer.can(scopedManager, 'test.thing.edit'), false);
  });

  it('refuses the same action declared twice', () => {
    const rules = definePermissions({ 'test.same': () => true });
    assert.throws(() => new Authorizer([rules, rules]), /declared twice/);
  });
});
