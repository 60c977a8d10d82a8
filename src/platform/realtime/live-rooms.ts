import type { WebSocket } from 'ws';
import type { RealtimeHub } from './hub.ts';
import { jsonDelta } from './json-delta.ts';

/**
 * Where a room's state comes from, and what each viewer may see of it: a
 * shared part, the same for every viewer of a class, and a small personal part.
 */
export interface RoomSource<Snapshot, Viewer> {
  /** The room's current state; undefined when the room is gone. */
  load(roomId: string): Promise<Snapshot | undefined>;
  /** The snapshot's version: it rises with every change. */
  version(snapshot: Snapshot): number;
  /** The viewer's class: every viewer of one class may see the same shared part. */
  classOf(viewer: Viewer): string;
  /** What every viewer of the viewer's class may see (JSON-serialisable); built and serialised once per class and load. */
  shared(snapshot: Snapshot, viewer: Viewer): unknown;
  /** What only this viewer sees (small, JSON-serialisable), or null when there is nothing of their own. */
  personal(snapshot: Snapshot, viewer: Viewer): unknown;
}

/** Timing of the rooms; tests shorten the heartbeat. */
export interface RoomTiming {
  /** At most one snapshot per room per this many milliseconds (merging every change between). */
  minIntervalMs: number;
  /** Sockets that do not answer a ping within this time are dropped. */
  heartbeatMs: number;
  /**
   * A room's snapshots are also at least this many times its last flush's duration apart (default 5):
   * a costly room (thousands of viewers and notes, a loaded machine) takes at most about a sixth of
   * the process, and the writes it shows keep flowing. 0 turns it off.
   */
  flushSpacing?: number;
}

/** Figures for benchmarks and health: how much merging saved. */
export interface RoomStats {
  rooms: number;
  sockets: number;
  changes: number;
  loads: number;
  messages: number;
  /** Shared parts built and serialised (once per class and load, not per viewer). */
  serialised: number;
  /** Shared parts sent as a delta from the previous one (to viewers who had that one). */
  deltas: number;
}

/**
 * A class's shared part of one load, serialised once, and its messages as
 * buffers sent to every viewer of the class as they are: the whole part, and
 * (when smaller) the delta from the part of the class it replaced.
 */
interface SharedPart {
  /** Unique in this process: the id a delta names as its base. */
  id: number;
  json: string;
  /** The part as a client holds it (the JSON parsed back), to diff the next part against. */
  data: unknown;
  /** `{type:'snapshot', version, part, data}`. */
  message: Buffer;
  /** `{type:'delta', version, part, base, delta}` from the part with id `base`, when smaller than the whole. */
  delta: { base: number; message: Buffer } | null;
}

interface Member<Viewer> {
  socket: WebSocket;
  viewer: Viewer;
  /** The shared part this viewer last got (compared by identity: equal parts are reused). */
  lastShared: SharedPart | null;
  lastPersonal: string | null;
  alive: boolean;
}

interface Room<Snapshot, Viewer> {
  id: string;
  members: Set<Member<Viewer>>;
  timer: NodeJS.Timeout | null;
  loading: Promise<Snapshot | undefined> | null;
  dirty: boolean;
  lastLoadAt: number;
  /** How long the last flush (its load and its sends) kept this process busy, in ms. */
  lastFlushMs: number;
  /** The last snapshot loaded, and whether a change has been signalled since its load began. */
  current: Snapshot | undefined;
  stale: boolean;
  /** Each class's shared part, with the snapshot it was built from. */
  shared: Map<string, { snapshot: Snapshot; part: SharedPart }>;
  unsubscribe: () => void;
}

const OPEN = 1;
/** A socket with this much unsent is slow: it gets the latest snapshot once it has caught up. */
const SLOW_SOCKET_BYTES = 1024 * 1024;
/** The default of `RoomTiming.flushSpacing`. */
const FLUSH_SPACING = 5;
/** Close code for a room that no longer exists (4000–4999 are the application's). */
export const ROOM_GONE = 4404;

/**
 * Live rooms over a realtime hub. A change anywhere publishes one small signal;
 * each process that has viewers of the room re-reads its state at most once per
 * `minIntervalMs`. For each class of viewers it builds and serialises the
 * shared part once, and sends that same buffer to every viewer of the class
 * whose shared part changed: the whole part (`{type:'snapshot', version, part,
 * data}`) to a viewer who has none yet, otherwise the delta from the part the
 * viewer holds (`{type:'delta', version, part, base, delta}`, see
 * `json-delta.ts`), computed once per class and load. A viewer's small
 * personal part goes separately, only when it changed (`{type:'mine', version,
 * mine}`, before the shared part of the same load). So a burst of a hundred
 * votes becomes a few messages, not a hundred, a hall of phones costs one
 * serialisation per class rather than per phone, a wall of thousands of notes
 * that gained ten sends the ten, and a process never sends what a viewer may
 * not see.
 */
export class LiveRooms<Snapshot, Viewer> {
  private readonly rooms = new Map<string, Room<Snapshot, Viewer>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly stopResync: () => void;
  private readonly counters = { changes: 0, loads: 0, messages: 0, serialised: 0, deltas: 0 };
  private partIds = 0;

  constructor(
    private readonly hub: RealtimeHub,
    private readonly topicPrefix: string,
    private readonly source: RoomSource<Snapshot, Viewer>,
    private readonly timing: RoomTiming = { minIntervalMs: 250, heartbeatMs: 30_000 },
    private readonly log: (message: string, error?: unknown) => void = () => {},
  ) {
    this.heartbeat = setInterval(() => this.beat(), timing.heartbeatMs);
    this.heartbeat.unref();
    this.stopResync = hub.onResync(() => {
      for (const room of this.rooms.values()) {
        room.stale = true;
        this.schedule(room);
      }
    });
  }

  /** Tells every process that a room changed; never throws (the change itself is already committed). */
  async changed(roomId: string, version?: number): Promise<void> {
    try {
      await this.hub.publish(this.topic(roomId), String(version ?? ''));
    } catch (error) {
      this.log('realtime publish failed', error);
    }
  }

  /**
   * Adds a socket to a room. With `since` (the last version the client saw) a
   * client that missed nothing gets only a short "current" message; otherwise
   * it gets its personal part and the shared part at once. Joins share the
   * room's last load while no change came since (a hall reconnecting after a
   * restart does not load the room once per phone).
   */
  async join(roomId: string, socket: WebSocket, viewer: Viewer, since: number | null): Promise<void> {
    const room = this.roomOf(roomId);
    const member: Member<Viewer> = { socket, viewer, lastShared: null, lastPersonal: null, alive: true };
    room.members.add(member);
    socket.on('pong', () => {
      member.alive = true;
    });
    socket.on('close', () => this.leave(room, member));
    socket.on('error', () => this.leave(room, member));
    const snapshot = room.current !== undefined && !room.stale ? room.current : await (room.loading ?? this.load(room));
    if (!snapshot) return;
    const version = this.source.version(snapshot);
    if (since !== null && version <= since) {
      // The client may hold the room only as a rendered page, not as the two parts: it gets both at the next change.
      this.send(member, `{"type":"current","version":${version}}`);
      return;
    }
    this.sendSnapshot(room, member, snapshot);
  }

  /** Counts since start, and the rooms and sockets now open in this process. */
  stats(): RoomStats {
    let sockets = 0;
    for (const room of this.rooms.values()) sockets += room.members.size;
    return { rooms: this.rooms.size, sockets, ...this.counters };
  }

  /** Closes every socket and stops listening. */
  close(): void {
    clearInterval(this.heartbeat);
    this.stopResync();
    for (const room of this.rooms.values()) {
      if (room.timer) clearTimeout(room.timer);
      room.unsubscribe();
      for (const member of room.members) member.socket.close(1001);
    }
    this.rooms.clear();
  }

  private topic(roomId: string): string {
    return `${this.topicPrefix}:${roomId}`;
  }

  private roomOf(roomId: string): Room<Snapshot, Viewer> {
    const existing = this.rooms.get(roomId);
    if (existing) return existing;
    const room: Room<Snapshot, Viewer> = {
      id: roomId,
      members: new Set(),
      timer: null,
      loading: null,
      dirty: false,
      lastLoadAt: 0,
      lastFlushMs: 0,
      current: undefined,
      stale: true,
      shared: new Map(),
      unsubscribe: () => {},
    };
    room.unsubscribe = this.hub.subscribe(this.topic(roomId), () => {
      this.counters.changes += 1;
      room.stale = true;
      this.schedule(room);
    });
    this.rooms.set(roomId, room);
    return room;
  }

  private leave(room: Room<Snapshot, Viewer>, member: Member<Viewer>): void {
    room.members.delete(member);
    if (room.members.size > 0 || this.rooms.get(room.id) !== room) return;
    if (room.timer) clearTimeout(room.timer);
    room.unsubscribe();
    this.rooms.delete(room.id);
  }

  /** Merges changes: one load per interval, however many signals arrive. */
  private schedule(room: Room<Snapshot, Viewer>): void {
    if (room.timer) return;
    if (room.loading) {
      room.dirty = true;
      return;
    }
    const interval = Math.max(this.timing.minIntervalMs, (this.timing.flushSpacing ?? FLUSH_SPACING) * room.lastFlushMs);
    const wait = Math.max(0, room.lastLoadAt + interval - Date.now());
    room.timer = setTimeout(() => {
      room.timer = null;
      void this.flush(room);
    }, wait);
  }

  private async flush(room: Room<Snapshot, Viewer>): Promise<void> {
    if (room.members.size === 0) return;
    const started = performance.now();
    const snapshot = await this.load(room);
    if (!snapshot) return;
    for (const member of room.members) this.sendSnapshot(room, member, snapshot);
    room.lastFlushMs = performance.now() - started;
  }

  private load(room: Room<Snapshot, Viewer>): Promise<Snapshot | undefined> {
    const loading = this.loadNow(room);
    room.loading = loading;
    return loading;
  }

  private async loadNow(room: Room<Snapshot, Viewer>): Promise<Snapshot | undefined> {
    room.lastLoadAt = Date.now();
    const started = performance.now();
    room.stale = false;
    this.counters.loads += 1;
    let snapshot: Snapshot | undefined;
    let failed = false;
    try {
      snapshot = await this.source.load(room.id);
    } catch (error) {
      this.log('live room failed to load', error);
      failed = true;
      room.stale = true;
    } finally {
      room.loading = null;
      // The load's share of the flush, known before the next one is scheduled below (the sends add theirs after).
      room.lastFlushMs = performance.now() - started;
    }
    if (snapshot !== undefined) room.current = snapshot;
    // Changes that arrived while loading, or a failed load, get another load after the interval.
    if (failed || room.dirty) {
      room.dirty = false;
      this.schedule(room);
    }
    if (snapshot === undefined && !failed) {
      for (const member of room.members) member.socket.close(ROOM_GONE);
    }
    return snapshot;
  }

  /** The shared part of a class for this snapshot: built once; an unchanged part keeps its identity (and buffer). */
  private sharedPart(room: Room<Snapshot, Viewer>, snapshot: Snapshot, viewer: Viewer): SharedPart {
    const key = this.source.classOf(viewer);
    const cached = room.shared.get(key);
    if (cached?.snapshot === snapshot) return cached.part;
    const json = JSON.stringify(this.source.shared(snapshot, viewer));
    this.counters.serialised += 1;
    const part = cached && cached.part.json === json ? cached.part : this.newPart(json, this.source.version(snapshot), cached?.part);
    room.shared.set(key, { snapshot, part });
    return part;
  }

  /** A new shared part, with its delta from the previous part of the class when that is smaller than the whole. */
  private newPart(json: string, version: number, previous: SharedPart | undefined): SharedPart {
    const id = ++this.partIds;
    const data: unknown = JSON.parse(json);
    const head = `{"type":"snapshot","version":${version},"part":${id},"data":`;
    let delta: SharedPart['delta'] = null;
    if (previous) {
      const difference = JSON.stringify(jsonDelta(previous.data, data) ?? {});
      if (difference.length < json.length) {
        delta = {
          base: previous.id,
          message: Buffer.from(`{"type":"delta","version":${version},"part":${id},"base":${previous.id},"delta":${difference}}`),
        };
      }
    }
    return { id, json, data, message: Buffer.from(`${head}${json}}`), delta };
  }

  private personalJson(snapshot: Snapshot, viewer: Viewer): string | null {
    const personal = this.source.personal(snapshot, viewer);
    return personal === null || personal === undefined ? null : JSON.stringify(personal);
  }

  private sendSnapshot(room: Room<Snapshot, Viewer>, member: Member<Viewer>, snapshot: Snapshot): void {
    if (member.socket.readyState !== OPEN) return;
    if (member.socket.bufferedAmount > SLOW_SOCKET_BYTES) {
      // Skip this one; the viewer gets whatever is newest once the socket drains.
      room.dirty = true;
      this.schedule(room);
      return;
    }
    const personal = this.personalJson(snapshot, member.viewer);
    if (personal !== null && personal !== member.lastPersonal) {
      member.lastPersonal = personal;
      this.send(member, `{"type":"mine","version":${this.source.version(snapshot)},"mine":${personal}}`);
    }
    const shared = this.sharedPart(room, snapshot, member.viewer);
    if (shared === member.lastShared) return;
    const asDelta = shared.delta !== null && member.lastShared?.id === shared.delta.base;
    member.lastShared = shared;
    if (asDelta) this.counters.deltas += 1;
    this.send(member, asDelta && shared.delta ? shared.delta.message : shared.message);
  }

  /** Sends a text frame; a shared buffer goes to every viewer of its class as it is, without copying. */
  private send(member: Member<Viewer>, message: string | Buffer): void {
    if (member.socket.readyState !== OPEN) return;
    this.counters.messages += 1;
    member.socket.send(message, { binary: false });
  }

  private beat(): void {
    for (const room of this.rooms.values()) {
      for (const member of room.members) {
        if (!member.alive) {
          member.socket.terminate();
          continue;
        }
        member.alive = false;
        if (member.socket.readyState === OPEN) member.socket.ping();
      }
    }
  }
}
