import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext } from '../../../platform/module.ts';
import { computeResumableOpinionGroups } from '../math/compute-opinion-groups.ts';
import { EVERY_VOTER_BEFORE } from '../math/opinion-history.ts';
import type { EmptyMapReason } from '../math/types.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { type Claim, claimRecomputation, listDueChannels, RECOMPUTATION, releaseClaim } from './claim-recomputation.ts';
import { loadComputationInputs, sha256, toOpinionGroupsInput } from './computation-inputs.ts';
import { findReplayCheckpoint, keepReplayCheckpoint } from './replay-checkpoints.ts';

/** Every snapshot is computed with this seed, so the same votes always give the same groups. */
export const OPINION_GROUPS_SEED = 1;

/** Snapshots kept per channel; older ones are pruned (the newest is the one shown). */
const SNAPSHOTS_KEPT = 20;

/** What a computation stored (or found already stored for the same inputs). */
export interface SnapshotSummary {
  id: string;
  channelId: string;
  computedAt: string;
  inputsDigest: string;
  resultDigest: string;
  seed: number;
  participantCount: number;
  voteCount: number;
  groupCount: number;
  /** Why there is no map, when there is none (only for a snapshot computed by this call). */
  emptyReason?: EmptyMapReason;
  /** Updates of the history replay this call computed (fewer than all when it continued from a checkpoint). */
  computedUpdates?: number;
}

async function latestSummary(db: Db, claim: Claim): Promise<SnapshotSummary | undefined> {
  const row = await db
    .selectFrom('statement_snapshots')
    .select(['id', 'computed_at', 'inputs_digest', 'result_digest', 'seed', 'participant_count', 'vote_count', 'group_count'])
    .$call(inOrganisation(claim.organisationId, 'statement_snapshots'))
    .where('channel_id', '=', claim.channelId)
    .orderBy('computed_at', 'desc')
    .orderBy('inputs_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    channelId: claim.channelId,
    computedAt: row.computed_at,
    inputsDigest: row.inputs_digest,
    resultDigest: row.result_digest,
    seed: row.seed,
    participantCount: row.participant_count,
    voteCount: row.vote_count,
    groupCount: row.group_count,
  };
}

/** Computes and stores a snapshot for a claimed channel; the same inputs as the newest snapshot store nothing new. */
async function computeClaimed(db: Db, claim: Claim, now: Date): Promise<SnapshotSummary> {
  const computedAt = now.toISOString();
  try {
    const version = await db
      .selectFrom('statement_channels')
      .select('computed_version')
      .$call(inOrganisation(claim.organisationId, 'statement_channels'))
      .where('id', '=', claim.channelId)
      .executeTakeFirstOrThrow();
    const loaded = await loadComputationInputs(db, claim.organisationId, claim.channelId);
    const latest = await latestSummary(db, claim);
    if (latest && latest.inputsDigest === loaded.digest && latest.seed === OPINION_GROUPS_SEED) {
      await releaseClaim(db, claim, computedAt);
      return latest;
    }
    // Group ids (letters, colours) follow the newest snapshot's groups where the members clearly match.
    const previous = latest ? await findLatestSnapshot(db, claim.organisationId, claim.channelId) : undefined;
    // A live channel continues the replay from its previous computation's checkpoint, to the same bytes.
    const { snapshot, checkpoint, computedUpdates } = computeResumableOpinionGroups(toOpinionGroupsInput(loaded.inputs), {
      seed: OPINION_GROUPS_SEED,
      resume: findReplayCheckpoint(claim.channelId) ?? null,
      // A conversation imported from Polis, not voted on here since, is grouped by the rule Polis applied then.
      ...(loaded.polisImport ? { everyVoterBefore: EVERY_VOTER_BEFORE } : {}),
      ...(previous && previous.result.groups.length > 0
        ? { previousGroups: previous.result.groups.map((group) => ({ id: group.id, members: group.members })) }
        : {}),
    });
    keepReplayCheckpoint(claim.channelId, checkpoint);
    const result = JSON.stringify(snapshot);
    const summary: SnapshotSummary = {
      id: newId(),
      channelId: claim.channelId,
      computedAt,
      inputsDigest: loaded.digest,
      resultDigest: sha256(result),
      seed: OPINION_GROUPS_SEED,
      participantCount: loaded.participantCount,
      voteCount: loaded.inputs.votes.length,
      groupCount: snapshot.groups.length,
      ...(snapshot.emptyReason ? { emptyReason: snapshot.emptyReason } : {}),
      computedUpdates,
    };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('statement_snapshots')
        .values({
          id: summary.id,
          organisation_id: claim.organisationId,
          channel_id: claim.channelId,
          inputs_digest: summary.inputsDigest,
          inputs: loaded.text,
          inputs_version: version.computed_version,
          seed: summary.seed,
          result,
          result_digest: summary.resultDigest,
          participant_count: summary.participantCount,
          vote_count: summary.voteCount,
          group_count: summary.groupCount,
          computed_at: computedAt,
        })
        .execute();
      const kept = trx
        .selectFrom('statement_snapshots')
        .select('id')
        .$call(inOrganisation(claim.organisationId, 'statement_snapshots'))
        .where('channel_id', '=', claim.channelId)
        .orderBy('computed_at', 'desc')
        .orderBy('inputs_version', 'desc')
        .limit(SNAPSHOTS_KEPT);
      await trx
        .deleteFrom('statement_snapshots')
        .$call(inOrganisation(claim.organisationId, 'statement_snapshots'))
        .where('channel_id', '=', claim.channelId)
        .where('id', 'not in', kept)
        .execute();
      await releaseClaim(trx, claim, computedAt);
    });
    return summary;
  } catch (error) {
    await releaseClaim(db, claim, null);
    throw error;
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Recomputes a channel's opinion groups now and stores the snapshot (tests,
 * the import, the demo and the "compute now" button call this). When another
 * process is computing the same channel, waits for it and then computes, so
 * the answer always covers every vote stored before the call.
 */
export async function recomputeOpinionGroups(
  context: Pick<AppContext, 'db' | 'clock'>,
  channelId: string,
): Promise<SnapshotSummary | null> {
  const deadline = Date.now() + RECOMPUTATION.leaseMs;
  for (;;) {
    const exists = await context.db.selectFrom('statement_channels').select('id').where('id', '=', channelId).executeTakeFirst();
    if (!exists) return null;
    const claim = await claimRecomputation(context.db, channelId, context.clock.now(), { force: true });
    if (claim) return computeClaimed(context.db, claim, context.clock.now());
    if (Date.now() > deadline) throw new Error(`statements: channel ${channelId} stayed claimed by another computation`);
    await wait(100);
  }
}

/**
 * The background trigger: computes every channel whose first unclaimed change
 * is older than the debounce delay, and takes over computations whose lease
 * expired. Safe in every app process at once: each channel is claimed by one.
 * The look-up spans organisations (it is the job, not a request); every query
 * after the claim is scoped to the channel's organisation.
 */
export async function runDueRecomputations(
  context: Pick<AppContext, 'db' | 'clock'>,
  now = context.clock.now(),
  onError: (error: unknown, channelId: string) => void = (error) => {
    throw error;
  },
  signal?: AbortSignal,
): Promise<number> {
  let computed = 0;
  for (const channelId of await listDueChannels(context.db, now)) {
    // On shutdown, stop between channels: the ones left stay due for the next run, in any process.
    if (signal?.aborted) break;
    try {
      const claim = await claimRecomputation(context.db, channelId, now, { force: false });
      if (!claim) continue;
      await computeClaimed(context.db, claim, context.clock.now());
      computed += 1;
    } catch (error) {
      // One broken channel must not stop the others' results from updating.
      onError(error, channelId);
    }
  }
  return computed;
}
