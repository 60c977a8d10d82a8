import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, Authorizer, type Role, type RoleGrant } from '../../platform/authz/authz.ts';
import type { ChannelState } from './model.ts';
import { type ChannelSubject, type ParticipationSubject, statementPermissions } from './permissions.ts';
import type { ChannelAudience } from './tables.ts';

const ORGANISATION = 'org-a';
const PROCESS = 'process-1';

function actor(grants: RoleGrant[], userId: string | null = 'user-1'): Actor {
  return { organisationId: ORGANISATION, userId, grants };
}
const everywhere = (role: Role): RoleGrant => ({ role, scopeType: 'organisation', scopeId: null });
const inProcess = (role: Role, processId = PROCESS): RoleGrant => ({ role, scopeType: 'process', scopeId: processId });

const PEOPLE: Record<string, Actor> = {
  visitor: actor([], null),
  resident: actor([]),
  member: actor([everywhere('member')]),
  facilitator: actor([everywhere('facilitator')]),
  analyst: actor([everywhere('analyst')]),
  analystOfOther: actor([inProcess('analyst', 'process-2')]),
  moderator: actor([everywhere('moderator')]),
  moderatorOfProcess: actor([inProcess('moderator')]),
  moderatorOfOther: actor([inProcess('moderator', 'process-2')]),
  manager: actor([everywhere('process_manager')]),
  managerOfOther: actor([inProcess('process_manager', 'process-2')]),
  admin: actor([everywhere('org_admin')]),
};

const published: ChannelSubject = { processId: PROCESS, status: 'published', resultsPublic: false };
const publicResults: ChannelSubject = { processId: PROCESS, status: 'published', resultsPublic: true };
const draft: ChannelSubject = { processId: PROCESS, status: 'draft', resultsPublic: true };

// Who may do what with a channel: the list of people allowed; everyone else is denied.
const CHANNEL_TABLE: Array<{ action: string; subject: ChannelSubject; situation: string; allowed: string[] }> = [
  { action: 'statements.channel.view', subject: published, situation: 'published', allowed: Object.keys(PEOPLE) },
  {
    action: 'statements.channel.view',
    subject: draft,
    situation: 'draft',
    allowed: ['analyst', 'moderator', 'moderatorOfProcess', 'manager', 'admin'],
  },
  { action: 'statements.channel.create', subject: published, situation: 'in the process', allowed: ['manager', 'admin'] },
  { action: 'statements.channel.manage', subject: published, situation: 'of the process', allowed: ['manager', 'admin'] },
  {
    action: 'statements.statement.moderate',
    subject: published,
    situation: 'of the process',
    allowed: ['moderator', 'moderatorOfProcess', 'manager', 'admin'],
  },
  {
    action: 'statements.results.view',
    subject: published,
    situation: 'results private',
    allowed: ['analyst', 'moderator', 'moderatorOfProcess', 'manager', 'admin'],
  },
  { action: 'statements.results.view', subject: publicResults, situation: 'results public', allowed: Object.keys(PEOPLE) },
  {
    action: 'statements.results.view',
    subject: draft,
    situation: 'draft, results marked public',
    allowed: ['analyst', 'moderator', 'moderatorOfProcess', 'manager', 'admin'],
  },
  { action: 'statements.results.export', subject: publicResults, situation: 'results public', allowed: ['analyst', 'manager', 'admin'] },
];

const participation = (
  state: ChannelState,
  audience: ChannelAudience,
  extra: Partial<ParticipationSubject> = {},
): ParticipationSubject => ({
  state,
  audience,
  participantsMayAdd: true,
  isInChosenGroups: false,
  ...extra,
});
const withRoles = Object.keys(PEOPLE).filter((name) => !['visitor', 'resident'].includes(name));
const signedIn = Object.keys(PEOPLE).filter((name) => name !== 'visitor');

const PARTICIPATION_TABLE: Array<{ action: string; subject: ParticipationSubject; situation: string; allowed: string[] }> = [
  { action: 'statements.vote.cast', subject: participation('open', 'anyone'), situation: 'open to anyone', allowed: Object.keys(PEOPLE) },
  { action: 'statements.vote.cast', subject: participation('open', 'signed_in'), situation: 'open to signed-in users', allowed: signedIn },
  { action: 'statements.vote.cast', subject: participation('open', 'staff'), situation: 'open to staff', allowed: withRoles },
  { action: 'statements.vote.cast', subject: participation('open', 'bodies'), situation: 'bodies, not a member', allowed: [] },
  {
    action: 'statements.vote.cast',
    subject: participation('open', 'bodies', { isInChosenGroups: true }),
    situation: 'bodies, a member',
    allowed: signedIn,
  },
  { action: 'statements.vote.cast', subject: participation('open', 'units'), situation: 'units, not their staff', allowed: [] },
  {
    action: 'statements.vote.cast',
    subject: participation('open', 'units', { isInChosenGroups: true }),
    situation: 'units, their staff',
    allowed: signedIn,
  },
  { action: 'statements.vote.cast', subject: participation('closed', 'anyone'), situation: 'closed', allowed: [] },
  { action: 'statements.vote.cast', subject: participation('notYetOpen', 'anyone'), situation: 'not yet open', allowed: [] },
  { action: 'statements.vote.cast', subject: participation('draft', 'anyone'), situation: 'draft', allowed: [] },
  {
    action: 'statements.statement.submit',
    subject: participation('open', 'anyone'),
    situation: 'open, adding allowed',
    allowed: Object.keys(PEOPLE),
  },
  {
    action: 'statements.statement.submit',
    subject: participation('open', 'anyone', { participantsMayAdd: false }),
    situation: 'adding not allowed',
    allowed: [],
  },
  { action: 'statements.statement.submit', subject: participation('closed', 'anyone'), situation: 'closed', allowed: [] },
  { action: 'statements.statement.submit', subject: participation('open', 'staff'), situation: 'staff only', allowed: withRoles },
];

describe('statements permissions (role × action × situation)', () => {
  const authorizer = new Authorizer([statementPermissions]);

  it('declares exactly the actions these tables cover', () => {
    const covered = new Set([...CHANNEL_TABLE, ...PARTICIPATION_TABLE].map((row) => row.action));
    covered.add('statements.admin.list');
    assert.deepEqual(authorizer.actions(), [...covered].sort());
  });

  for (const row of [...CHANNEL_TABLE, ...PARTICIPATION_TABLE]) {
    for (const [name, person] of Object.entries(PEOPLE)) {
      const allowed = row.allowed.includes(name);
      it(`${allowed ? 'allows' : 'denies'} ${name}: ${row.action} (${row.situation})`, () => {
        assert.equal(authorizer.can(person, row.action, row.subject), allowed);
      });
    }
  }

  it('shows the admin area to admins, process managers and moderators only', () => {
    const allowed = ['moderator', 'moderatorOfProcess', 'moderatorOfOther', 'manager', 'managerOfOther', 'admin'];
    for (const [name, person] of Object.entries(PEOPLE)) {
      assert.equal(authorizer.can(person, 'statements.admin.list'), allowed.includes(name), name);
    }
  });

  it('denies an undeclared action even to an admin', () => {
    assert.equal(authorizer.can(PEOPLE.admin as Actor, 'statements.everything.delete', published), false);
  });
});
