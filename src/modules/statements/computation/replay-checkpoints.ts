import type { ReplayCheckpoint } from '../math/opinion-history.ts';

/**
 * The history replay's checkpoint of each recently computed channel, kept in
 * this process's memory so that the next computation of a live channel
 * continues the replay from it (only the updates since are computed) instead
 * of replaying the whole conversation. Only a cache: a checkpoint is used only
 * when the votes it saw are unchanged (math/opinion-history.ts checks its
 * fingerprint), and a process that has none (after a restart, or another app
 * process) replays in full, to the same bytes. Bounded, least recently used
 * first out, as a large channel's checkpoint holds a label per participant.
 */
const KEPT = 8;
const checkpoints = new Map<string, ReplayCheckpoint>();

/** The channel's last checkpoint in this process, if any. */
export function findReplayCheckpoint(channelId: string): ReplayCheckpoint | undefined {
  const checkpoint = checkpoints.get(channelId);
  if (checkpoint) {
    checkpoints.delete(channelId);
    checkpoints.set(channelId, checkpoint);
  }
  return checkpoint;
}

/** Keeps the channel's newest checkpoint (null forgets it: the computation had none). */
export function keepReplayCheckpoint(channelId: string, checkpoint: ReplayCheckpoint | null): void {
  checkpoints.delete(channelId);
  if (!checkpoint) return;
  checkpoints.set(channelId, checkpoint);
  for (const oldest of checkpoints.keys()) {
    if (checkpoints.size <= KEPT) break;
    checkpoints.delete(oldest);
  }
}

/** Forgets every checkpoint (tests compare a resumed computation with a full one). */
export function forgetReplayCheckpoints(): void {
  checkpoints.clear();
}
