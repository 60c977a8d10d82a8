import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { eventPermissions } from './permissions.ts';

const ORGANISATION = 'org-a';
const P1 = 'process-1';

function actor(grants: RoleGrant[], userId: string | null = 'user-1'): Actor {
  return { organisationId: ORGANISATION, userId, grants };
}
const wide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });
const ofProcess = (role: RoleGrant['role'], processId: string): RoleGrant => ({ role, scopeType: 'process', scopeId: processId });

const PEOPLE = {
  visitor: actor([], null),
  resident: actor([]),
  staff: actor([wide('member')]),
  facilitatorOfP1: actor([ofProcess('facilitator', P1)]),
  facilitatorOfOther: actor([ofProcess('facilitator', 'process-2')]),
  managerOfP1: actor([ofProcess('process_manager', P1)]),
  managerOfOther: actor([ofProcess('process_manager', 'process-2')]),
  manager: actor([wide('process_manager')]),
  admin: actor([wide('org_admin')]),
} as const;

type Person = keyof typeof PEOPLE;

const everyone = Object.keys(PEOPLE) as Person[];
const only = (...people: Person[]) => new Set<Person>(people);

// action × situation → who is allowed; everyone else is denied.
const TABLE: Array<{ action: string; situation: string; subject: unknown; allowed: Set<Person> }> = [
  {
    action: 'events.event.view',
    situation: 'a public event of a visible process',
    subject: { processId: P1, processVisible: true, audience: 'public' },
    allowed: new Set(everyone),
  },
  {
    action: 'events.event.view',
    situation: 'an event for chosen bodies',
    subject: { processId: P1, processVisible: true, audience: 'bodies' },
    allowed: new Set(everyone),
  },
  {
    action: 'events.event.view',
    situation: 'a staff event',
    subject: { processId: P1, processVisible: true, audience: 'staff' },
    allowed: only('staff', 'facilitatorOfP1', 'facilitatorOfOther', 'managerOfP1', 'managerOfOther', 'manager', 'admin'),
  },
  {
    action: 'events.event.view',
    situation: 'an event for anyone signed in',
    subject: { processId: P1, processVisible: true, audience: 'signed_in' },
    allowed: new Set(everyone),
  },
  {
    action: 'events.event.view',
    situation: 'an event for the staff of chosen units',
    subject: { processId: P1, processVisible: true, audience: 'units' },
    allowed: only('staff', 'facilitatorOfP1', 'facilitatorOfOther', 'managerOfP1', 'managerOfOther', 'manager', 'admin'),
  },
  {
    action: 'events.event.view',
    situation: 'an event of a process the actor cannot see',
    subject: { processId: P1, processVisible: false, audience: 'public' },
    allowed: only('managerOfP1', 'manager', 'admin'),
  },
  {
    action: 'events.event.manage',
    situation: 'an event of process 1',
    subject: { processId: P1 },
    allowed: only('managerOfP1', 'manager', 'admin'),
  },
  {
    action: 'events.checkin.manage',
    situation: 'an event of process 1',
    subject: { processId: P1 },
    allowed: only('facilitatorOfP1', 'managerOfP1', 'manager', 'admin'),
  },
  {
    action: 'events.registration.register',
    situation: 'open registration, in the audience',
    subject: { mode: 'open', inAudience: true },
    allowed: new Set(everyone),
  },
  {
    action: 'events.registration.register',
    situation: 'open registration, outside the audience',
    subject: { mode: 'open', inAudience: false },
    allowed: new Set(),
  },
  {
    action: 'events.registration.register',
    situation: 'registration by invitation (the link is checked apart, the audience not at all)',
    subject: { mode: 'invitation', inAudience: false },
    allowed: new Set(everyone),
  },
  {
    action: 'events.registration.register',
    situation: 'staff registration, in the audience',
    subject: { mode: 'staff', inAudience: true },
    allowed: only('staff', 'facilitatorOfP1', 'facilitatorOfOther', 'managerOfP1', 'managerOfOther', 'manager', 'admin'),
  },
  {
    action: 'events.registration.register',
    situation: 'staff registration, outside the audience',
    subject: { mode: 'staff', inAudience: false },
    allowed: new Set(),
  },
  { action: 'events.registration.register', situation: 'no registration', subject: { mode: 'none', inAudience: true }, allowed: new Set() },
  {
    action: 'events.admin.list',
    situation: 'the organiser’s pages',
    subject: undefined,
    allowed: only('facilitatorOfP1', 'facilitatorOfOther', 'managerOfP1', 'managerOfOther', 'manager', 'admin'),
  },
];

describe('events permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([eventPermissions]);

  it('declares exactly the actions this table covers', () => {
    assert.deepEqual(authorizer.actions(), [...new Set(TABLE.map((row) => row.action))].sort());
  });

  for (const row of TABLE) {
    for (const person of everyone) {
      const allowed = row.allowed.has(person);
      it(`${allowed ? 'allows' : 'denies'} ${person}: ${row.action} on ${row.situation}`, () => {
        assert.equal(authorizer.can(PEOPLE[person], row.action, row.subject), allowed);
      });
    }
  }
});
