import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type RoleGrant } from '../../platform/authz/authz.ts';
import { workshopPermissions } from './permissions.ts';

const ORGANISATION = 'org-a';
const PROCESS = 'process-1';
const OTHER_PROCESS = 'process-2';

function actor(grants: RoleGrant[], userId: string | null = 'user-1'): Actor {
  return { organisationId: ORGANISATION, userId, grants };
}
const wide = (role: RoleGrant['role']): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });
const forProcess = (role: RoleGrant['role'], processId = PROCESS): RoleGrant => ({ role, scopeType: 'process', scopeId: processId });

const ACTORS = {
  visitor: actor([], null),
  resident: actor([]),
  member: actor([wide('member')]),
  /** A work community's lead (staff, no workshop role) for whom the dialogues module opened a room. */
  host: actor([wide('member')], 'lead-1'),
  analyst: actor([forProcess('analyst')]),
  facilitator: actor([forProcess('facilitator')]),
  facilitatorElsewhere: actor([forProcess('facilitator', OTHER_PROCESS)]),
  orgFacilitator: actor([wide('facilitator')]),
  processManager: actor([forProcess('process_manager')]),
  admin: actor([wide('org_admin')]),
} as const;

type Who = keyof typeof ACTORS;

const workshop = { processId: PROCESS };
const participant = { participantId: 'participant-1' };
const notJoined = { participantId: null };

// action × subject → who is allowed; everyone else in ACTORS is denied.
const TABLE: Array<{ action: string; situation: string; subject: unknown; allowed: Who[] }> = [
  {
    action: 'workshops.admin.list',
    situation: 'the admin list',
    subject: undefined,
    allowed: ['facilitator', 'facilitatorElsewhere', 'orgFacilitator', 'processManager', 'admin'],
  },
  {
    action: 'workshops.workshop.create',
    situation: 'in the process',
    subject: { id: PROCESS },
    allowed: ['facilitator', 'orgFacilitator', 'processManager', 'admin'],
  },
  {
    action: 'workshops.workshop.facilitate',
    situation: 'a workshop of the process (move clusters, stages, timer, lock, reveal, close)',
    subject: workshop,
    allowed: ['facilitator', 'orgFacilitator', 'processManager', 'admin'],
  },
  {
    action: 'workshops.workshop.facilitate',
    situation: 'a workshop of another process',
    subject: { processId: OTHER_PROCESS },
    allowed: ['facilitatorElsewhere', 'orgFacilitator', 'admin'],
  },
  {
    action: 'workshops.workshop.facilitate',
    situation: 'a room opened for its host (a dialogue’s lead)',
    subject: { processId: PROCESS, hostUserId: 'lead-1' },
    allowed: ['host', 'facilitator', 'orgFacilitator', 'processManager', 'admin'],
  },
  {
    action: 'workshops.workshop.facilitate',
    situation: 'a room opened for someone else',
    subject: { processId: PROCESS, hostUserId: 'lead-2' },
    allowed: ['facilitator', 'orgFacilitator', 'processManager', 'admin'],
  },
  {
    action: 'workshops.workshop.join',
    situation: 'anyone with the code',
    subject: { access: 'code', inAudience: false },
    allowed: Object.keys(ACTORS) as Who[],
  },
  {
    action: 'workshops.workshop.join',
    situation: 'a seminar for chosen bodies, actor not a member',
    subject: { access: 'bodies', inAudience: false },
    allowed: [],
  },
  {
    action: 'workshops.workshop.join',
    situation: 'a seminar for chosen bodies, actor a member',
    subject: { access: 'bodies', inAudience: true },
    allowed: ['resident', 'member', 'host', 'analyst', 'facilitator', 'facilitatorElsewhere', 'orgFacilitator', 'processManager', 'admin'],
  },
  { action: 'workshops.note.post', situation: 'a participant of the room', subject: participant, allowed: Object.keys(ACTORS) as Who[] },
  { action: 'workshops.note.post', situation: 'someone who has not joined', subject: notJoined, allowed: [] },
  {
    action: 'workshops.note.edit',
    situation: 'one’s own note',
    subject: { ...participant, authorParticipantId: 'participant-1' },
    allowed: Object.keys(ACTORS) as Who[],
  },
  {
    action: 'workshops.note.edit',
    situation: 'someone else’s note',
    subject: { ...participant, authorParticipantId: 'participant-2' },
    allowed: [],
  },
  { action: 'workshops.vote.cast', situation: 'a participant of the room', subject: participant, allowed: Object.keys(ACTORS) as Who[] },
  { action: 'workshops.vote.cast', situation: 'someone who has not joined', subject: notJoined, allowed: [] },
  {
    action: 'workshops.results.view',
    situation: 'results not public, not joined',
    subject: { ...workshop, resultsPublic: false, participantId: null },
    allowed: ['facilitator', 'orgFacilitator', 'processManager', 'admin'],
  },
  {
    action: 'workshops.results.view',
    situation: 'results not public, a participant',
    subject: { ...workshop, resultsPublic: false, participantId: 'p' },
    allowed: Object.keys(ACTORS) as Who[],
  },
  {
    action: 'workshops.results.view',
    situation: 'public results',
    subject: { ...workshop, resultsPublic: true, participantId: null },
    allowed: Object.keys(ACTORS) as Who[],
  },
  {
    action: 'workshops.results.export',
    situation: 'a workshop of the process',
    subject: workshop,
    allowed: ['analyst', 'facilitator', 'orgFacilitator', 'processManager', 'admin'],
  },
];

describe('workshops permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([workshopPermissions]);

  it('declares exactly the actions this table covers', () => {
    assert.deepEqual(authorizer.actions(), [...new Set(TABLE.map((row) => row.action))].sort());
  });

  for (const row of TABLE) {
    for (const [who, subject] of Object.entries(ACTORS) as Array<[Who, Actor]>) {
      const allowed = row.allowed.includes(who);
      it(`${allowed ? 'allows' : 'denies'} ${who}: ${row.action} (${row.situation})`, () => {
        assert.equal(authorizer.can(subject, row.action, row.subject), allowed);
      });
    }
  }

  it('a participant (no role) cannot move clusters or stages', () => {
    assert.equal(authorizer.can(ACTORS.visitor, 'workshops.workshop.facilitate', workshop), false);
    assert.equal(authorizer.can(ACTORS.resident, 'workshops.workshop.facilitate', workshop), false);
  });
});
