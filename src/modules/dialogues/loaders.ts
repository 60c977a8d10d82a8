import type { Actor } from '../../platform/authz/authz.ts';
import { refuse } from '../../platform/domain/refusal.ts';
import type { AppContext } from '../../platform/module.ts';
import { accountsAudienceLookups } from '../accounts/index.ts';
import { listObjectivesForPicker, type ObjectiveOption } from '../goals/index.ts';
import { listUnitTree } from '../organisations/index.ts';
import { readWorkshopNotes, type WorkshopNotes } from '../workshops/index.ts';
import type { Commitment, DialogueRecord, Round } from './model.ts';
import type { RecordSubject } from './permissions.ts';
import { findRecord } from './queries/find-record.ts';
import { findRound } from './queries/find-round.ts';
import { type CommitmentChange, listCommitmentChanges } from './queries/list-commitment-changes.ts';
import { type RoundCommunity, roundCommunities } from './queries/round-communities.ts';

type Context = Pick<AppContext, 'db' | 'authorizer'>;

/** The round if the actor may read its guide; otherwise not-found, so unknown, foreign and hidden look the same. */
export async function loadVisibleRound(context: Context, actor: Actor, id: string): Promise<Round> {
  const round = await findRound(context.db, actor.organisationId, id);
  if (!round || !context.authorizer.can(actor, 'dialogues.round.view', round)) throw refuse.notFound();
  return round;
}

/** The round if the actor coordinates it: unknown and foreign answer 404, someone else's 403. */
export async function loadManagedRound(context: Context, actor: Actor, id: string): Promise<Round> {
  const round = await findRound(context.db, actor.organisationId, id);
  if (!round) throw refuse.notFound();
  if (!context.authorizer.can(actor, 'dialogues.round.update', round)) throw refuse.forbidden();
  return round;
}

/** One work community's dialogue of a round: the round, the community, its record (if opened) and the rules' subject. */
export interface RecordScene {
  round: Round;
  community: RoundCommunity;
  record: DialogueRecord | undefined;
  commitments: Commitment[];
  subject: RecordSubject;
  /** The status history of each commitment, by commitment id. */
  changes: Map<string, CommitmentChange[]>;
  /** The workshop room of a dialogue held live: its code, who joined, its notes. */
  live: WorkshopNotes | undefined;
}

/**
 * The dialogue of a work community the round is for, if the actor may see it (its lead, a
 * manager above it, the coordinator, a member of the community); a community outside the round, unknown or foreign
 * answers 404, as does one the actor may not see.
 */
export async function loadVisibleRecord(context: Context, actor: Actor, roundId: string, unitId: string): Promise<RecordScene> {
  const round = await findRound(context.db, actor.organisationId, roundId);
  if (!round) throw refuse.notFound();
  const community = roundCommunities(await listUnitTree(context.db, actor.organisationId), round.unitIds).find(
    (candidate) => candidate.id === unitId,
  );
  if (!community) throw refuse.notFound();
  let subject: RecordSubject = { processId: round.processId, unitPath: community.path };
  // Only someone the roles do not let in is looked up in the staff directory: a member of the community reads it.
  if (!context.authorizer.can(actor, 'dialogues.record.view', subject) && actor.userId !== null) {
    subject = { ...subject, readerUnitId: await accountsAudienceLookups.unitOfUser(context.db, actor.organisationId, actor.userId) };
  }
  if (!context.authorizer.can(actor, 'dialogues.record.view', subject)) throw refuse.notFound();
  const found = await findRecord(context.db, actor.organisationId, round.id, community.id);
  const commitments = found?.commitments ?? [];
  const changes = await listCommitmentChanges(
    context.db,
    actor.organisationId,
    commitments.map((commitment) => commitment.id),
  );
  const workshopId = found?.record.workshopId;
  const live = workshopId ? await readWorkshopNotes(context.db, actor.organisationId, workshopId) : undefined;
  return { round, community, record: found?.record, commitments, subject, changes, live };
}

/** As `loadVisibleRecord`, for the community's lead or a manager above it: others who may see it get 403. */
export async function loadEditableRecord(context: Context, actor: Actor, roundId: string, unitId: string): Promise<RecordScene> {
  const scene = await loadVisibleRecord(context, actor, roundId, unitId);
  if (!context.authorizer.can(actor, 'dialogues.record.edit', scene.subject)) throw refuse.forbidden();
  return scene;
}

/**
 * A commitment of a held dialogue, for those who follow it up (the community's lead, a manager
 * above it, the coordinator): unknown, foreign or hidden answers 404; a commitment of a draft 409.
 * With it, the unit objectives of the round's process it may be linked to (the goals module's).
 */
export async function loadFollowedCommitment(
  context: Context,
  actor: Actor,
  params: { id: string; unitId: string; commitmentId: string },
): Promise<RecordScene & { commitment: Commitment; objectives: ObjectiveOption[] }> {
  const scene = await loadVisibleRecord(context, actor, params.id, params.unitId);
  const commitment = scene.commitments.find((candidate) => candidate.id === params.commitmentId);
  if (!commitment) throw refuse.notFound();
  if (!context.authorizer.can(actor, 'dialogues.commitment.follow', scene.subject)) throw refuse.forbidden();
  if (scene.record?.status !== 'held') throw refuse.conflict('dialogues.commitment.notHeld');
  const objectives = await listObjectivesForPicker(context.db, actor.organisationId, scene.round.processId);
  return { ...scene, commitment, objectives };
}
