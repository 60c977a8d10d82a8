/**
 * The live channel of a room: a WebSocket that reconnects with backoff and
 * resumes from the last version it saw (the server then sends only what was
 * missed, or a short "current" when nothing was). After the first whole view
 * the server sends deltas (jsondiffpatch, the same library it diffs with).
 */
import { patch } from '/assets/vendor/jsondiffpatch/index.js';

// The server's own types of what it sends (public/tsconfig.json checks this script against them).
/** @typedef {import('../../src/modules/workshops/live/live-view.ts').LiveView} LiveView */
/** @typedef {import('../../src/modules/workshops/live/live-view.ts').PersonalView} PersonalView */
/** @typedef {import('../../src/modules/workshops/wall.ts').Wall} Wall */
/** @typedef {import('../../src/modules/workshops/wall.ts').WallNote} WallNote */
/** @typedef {import('../../src/modules/workshops/wall.ts').WallCluster} WallCluster */

/**
 * A message on the live socket.
 * @typedef {{ type: 'snapshot', version?: number, part: string, data: LiveView }
 *   | { type: 'delta', version?: number, part: string, base: string, delta: import('/assets/vendor/jsondiffpatch/index.js').Delta }
 *   | { type: 'mine', version?: number, mine: PersonalView }
 *   | { type: 'current', version?: number }} LiveMessage
 */

const MIN_DELAY = 500;
const MAX_DELAY = 10000;
/** The server's close code for a room that no longer exists. */
const ROOM_GONE = 4404;

/**
 * Lays a participant's own part over the shared view of their class, as the
 * server's `mergeView` does: which notes are theirs, their dots and dots left,
 * their own wall while their notes are hidden from the others, and their notes
 * the facilitator hid from the room.
 * @param {LiveView} shared
 * @param {PersonalView | null} mine
 * @returns {LiveView}
 */
export function mergeView(shared, mine) {
  if (!mine) return shared;
  const own = new Set(mine.noteIds);
  const votes = mine.votes ?? {};
  /** @type {(item: WallNote) => WallNote} */
  const note = (item) => ({ ...item, mine: own.has(item.id), myVotes: votes[item.id] ?? 0, duplicates: item.duplicates.map(note) });
  const walls =
    mine.wall && mine.wall.promptId === shared.prompt?.id
      ? [mine.wall]
      : shared.walls.map((wall) => ({
          ...wall,
          clusters: wall.clusters.map((cluster) => ({ ...cluster, myVotes: votes[cluster.id] ?? 0, notes: cluster.notes.map(note) })),
          notes: wall.notes.map(note),
        }));
  return { ...shared, dotsLeft: mine.dotsLeft, walls, hiddenNotes: mine.hiddenNotes ?? [] };
}

/**
 * The socket's address: the page's own host, resuming after `version` when the client holds one.
 * @param {string} path
 * @param {number | null} version
 */
function socketUrl(path, version) {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (version !== null) url.searchParams.set('since', String(version));
  return url;
}

/**
 * A message from the socket, or null for one that is not JSON.
 * @param {string} data
 * @returns {LiveMessage | null}
 */
function parseMessage(data) {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/**
 * Back online or back to the tab: `retry` tries at once rather than wait out the backoff.
 * @param {() => void} retry
 */
function whenBack(retry) {
  window.addEventListener('online', retry);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retry();
  });
}

/**
 * Connects to a room. The server sends the shared view of the viewer's class
 * (`snapshot`, the same for every phone of a group; then `delta`s from the
 * part the client holds) and, for a participant, their own part (`mine`) when
 * it changed; `onSnapshot(data, version)` gets the two merged, whenever either
 * arrives;
 * `onStatus('offline' | 'online')` is told once per outage, not on every retry. `own(part)` lays
 * what an answer of the API said of the participant's own part (their dots after a dot) over the
 * view at once, until the room's next update brings the same.
 * @param {string} path
 * @param {{
 *   since?: number | null,
 *   onSnapshot: (view: LiveView, version: number | null) => void,
 *   onStatus?: (status: 'offline' | 'online') => void,
 * }} options
 * @returns {{ close(): void, own(part: Partial<PersonalView>): void }}
 */
export function connectLive(path, { since = null, onSnapshot, onStatus = () => {} }) {
  /** @type {number | null} */
  let version = Number.isFinite(since) ? since : null;
  /** @type {WebSocket | null} */
  let socket = null;
  let delay = MIN_DELAY;
  let stopped = false;
  let offline = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {LiveView | null} */
  let shared = null;
  /** The id of the shared part the client holds: a delta applies only to the part it was made from. */
  /** @type {string | null} */
  let part = null;
  /** @type {PersonalView | null} */
  let mine = null;

  function schedule() {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      open();
    }, delay);
    delay = Math.min(delay * 2, MAX_DELAY);
  }

  function open() {
    socket = new WebSocket(socketUrl(path, version));
    const current = socket;
    socket.addEventListener('open', () => {
      // Each connection starts with a whole shared part before any delta.
      part = null;
      delay = MIN_DELAY;
      if (offline) {
        offline = false;
        onStatus('online');
      }
    });
    socket.addEventListener('message', (event) => {
      const message = parseMessage(event.data);
      if (!message) return;
      if (message.type === 'delta' && (shared === null || part !== message.base)) {
        // Out of step (should not happen): start again from a whole view.
        version = null;
        current.close();
        return;
      }
      if (typeof message.version === 'number') version = message.version;
      if (message.type === 'snapshot') {
        shared = message.data;
        part = message.part;
      } else if (message.type === 'delta') {
        shared = /** @type {LiveView} */ (patch(shared, message.delta));
        part = message.part;
      } else if (message.type === 'mine') mine = message.mine;
      else return;
      if (shared) onSnapshot(mergeView(shared, mine), version);
    });
    socket.addEventListener('close', (event) => {
      if (stopped || event.code === ROOM_GONE) return;
      if (!offline) {
        offline = true;
        onStatus('offline');
      }
      schedule();
    });
  }

  whenBack(() => {
    if (stopped || (socket && socket.readyState <= 1)) return;
    clearTimeout(timer);
    timer = undefined;
    delay = MIN_DELAY;
    open();
  });

  open();
  return {
    close() {
      stopped = true;
      socket?.close();
    },
    own(part) {
      if (!mine || !shared) return;
      mine = { ...mine, ...part };
      onSnapshot(mergeView(shared, mine), version);
    },
  };
}
