import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';
import type { WorkshopAccess } from './tables.ts';

/** What the rules need to know of a workshop. */
export interface WorkshopSubject {
  processId: string;
  /** The room's host (a dialogue's lead it was opened for), when it has one. */
  hostUserId?: string | null;
}

/** What the joining rule needs: the session's access and whether the actor belongs to its audience. */
export interface JoinSubject {
  access: WorkshopAccess;
  /** True when a signed-in actor is in the session's audience (signed in, staff, staff of a chosen unit, member of a chosen body). */
  inAudience: boolean;
}

/** Who is acting in a room: the requester's participant id there (null before joining). */
export interface ParticipationSubject {
  participantId: string | null;
}

/** A note and the requester's participant id. */
export interface NoteSubject extends ParticipationSubject {
  authorParticipantId: string;
}

/** What the results rule needs. */
export interface ResultsSubject extends WorkshopSubject, ParticipationSubject {
  resultsPublic: boolean;
}

/** The room's host: the person another module opened this room for (never for rooms without one). */
function hosts(actor: Actor, workshop: WorkshopSubject | undefined): boolean {
  return actor.userId !== null && !!workshop?.hostUserId && workshop.hostUserId === actor.userId;
}

/** Process managers and the process's facilitators run its workshops. */
function facilitates(actor: Actor, processId: string | undefined): boolean {
  return managesProcess(actor, processId ? { id: processId } : undefined) || hasRole(actor, 'facilitator', { processId });
}

/**
 * Who may set up and facilitate workshops, join them, write, vote, and read
 * and export results. Participants are known by their participant id in the
 * room (an account or a browser cookie), never by a role.
 */
export const workshopPermissions = definePermissions({
  'workshops.admin.list': (actor: Actor) =>
    isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager' || grant.role === 'facilitator'),
  'workshops.workshop.create': (actor: Actor, process: { id: string }) => facilitates(actor, process?.id),
  /** Running a room: its process's facilitators, and the room's own host (a dialogue's lead runs their dialogue's room only). */
  'workshops.workshop.facilitate': (actor: Actor, workshop: WorkshopSubject) =>
    facilitates(actor, workshop?.processId) || hosts(actor, workshop),
  'workshops.workshop.join': (actor: Actor, subject: JoinSubject) =>
    subject.access === 'code' || (actor.userId !== null && subject.inAudience),
  'workshops.note.post': (_actor: Actor, subject: ParticipationSubject) => subject.participantId !== null,
  'workshops.note.edit': (_actor: Actor, subject: NoteSubject) =>
    subject.participantId !== null && subject.participantId === subject.authorParticipantId,
  'workshops.vote.cast': (_actor: Actor, subject: ParticipationSubject) => subject.participantId !== null,
  'workshops.results.view': (actor: Actor, subject: ResultsSubject) =>
    subject.resultsPublic || subject.participantId !== null || facilitates(actor, subject.processId),
  'workshops.results.export': (actor: Actor, workshop: WorkshopSubject) =>
    facilitates(actor, workshop?.processId) || hasRole(actor, 'analyst', { processId: workshop?.processId }),
});
