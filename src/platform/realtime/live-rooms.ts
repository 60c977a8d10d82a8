import type { WebSocket } from 'ws';
import type { RealtimeHub } from './hub.ts';

/** Where a room's state comes from, and what each viewer may see of it. */
export interface RoomSource<Snapshot, Viewer> {
  /** The room's current state; undefined when the room is gone. */
  load(roomId: string): Promise<Snapshot | undefined>;
  /** The snapshot's version: it rises with every change. */
  version(snapshot: Snapshot): number;
  /** What one viewer may see (JSON-serialisable); equal projections are not sent twice. */
  project(snapshot: Snapshot, viewer: Viewer): unknown;
}

/** Timing of the rooms; tests shorten the heartbeat. */
export interface RoomTiming {
  /** At most one snapshot per room per this many milliseconds (merging every change between). */
  minIntervalMs: number;
  /** Sockets that do not answer a ping within this time are dropped. */
  heartbeatMs: number;
}

/** Figures for benchmarks and health: how much merging saved. */
export interface RoomStats {
  rooms: number;
  sockets: number;
  changes: number;
  loads: number;
  messages: number;
}

interface Member<Viewer> {
  socket: WebSocket;
  viewer: Viewer;
  lastSent: string | null;
  alive: boolean;
}

interface Room<Viewer> {
  id: string;
  members: Set<Member<Viewer>>;
  timer: NodeJS.Timeout | null;
  loading: boolean;
  dirty: boolean;
  lastLoadAt: number;
  unsubscribe: () => void;
}

const OPEN = 1;
/** A socket with this much unsent is slow: it gets the latest snapshot once it has caught up. */
const SLOW_SOCKET_BYTES = 1024 * 1024;
/** Close code for a room that no longer exists (4000–4999 are the application's). */
export const ROOM_GONE = 4404;

/**
 * Live rooms over a realtime hub. A change anywhere publishes one small signal;
 * each process that has viewers of the room re-reads its state at most once per
 * `minIntervalMs` and sends every viewer its own projection only when it
 * differs from what that viewer last got. So a burst of a hundred votes becomes
 * a few snapshots, not a hundred messages, and a process never sends what a
 * viewer may not see.
 */
export class LiveRooms<Snapshot, Viewer> {
  private readonly rooms = new Map<string, Room<Viewer>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly stopResync: () => void;
  private readonly counters = { changes: 0, loads: 0, messages: 0 };

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
      for (const room of this.rooms.values()) this.schedule(room);
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
   * it gets the full projection at once.
   */
  async join(roomId: string, socket: WebSocket, viewer: Viewer, since: number | null): Promise<void> {
    const room = this.roomOf(roomId);
    const member: Member<Viewer> = { socket, viewer, lastSent: null, alive: true };
    room.members.add(member);
    socket.on('pong', () => {
      member.alive = true;
    });
    socket.on('close', () => this.leave(room, member));
    socket.on('error', () => this.leave(room, member));
    const snapshot = await this.load(room);
    if (!snapshot) return;
    const version = this.source.version(snapshot);
    if (since !== null && version <= since) {
      member.lastSent = JSON.stringify(this.source.project(snapshot, viewer));
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

  private roomOf(roomId: string): Room<Viewer> {
    const existing = this.rooms.get(roomId);
    if (existing) return existing;
    const room: Room<Viewer> = {
      id: roomId,
      members: new Set(),
      timer: null,
      loading: false,
      dirty: false,
      lastLoadAt: 0,
      unsubscribe: () => {},
    };
    room.unsubscribe = this.hub.subscribe(this.topic(roomId), () => {
      this.counters.changes += 1;
      this.schedule(room);
    });
    this.rooms.set(roomId, room);
    return room;
  }

  private leave(room: Room<Viewer>, member: Member<Viewer>): void {
    room.members.delete(member);
    if (room.members.size > 0 || this.rooms.get(room.id) !== room) return;
    if (room.timer) clearTimeout(room.timer);
    room.unsubscribe();
    this.rooms.delete(room.id);
  }

  /** Merges changes: one load per interval, however many signals arrive. */
  private schedule(room: Room<Viewer>): void {
    if (room.timer) return;
    if (room.loading) {
      room.dirty = true;
      return;
    }
    const wait = Math.max(0, room.lastLoadAt + this.timing.minIntervalMs - Date.now());
    room.timer = setTimeout(() => {
      room.timer = null;
      void this.flush(room);
    }, wait);
  }

  private async flush(room: Room<Viewer>): Promise<void> {
    if (room.members.size === 0) return;
    const snapshot = await this.load(room);
    if (!snapshot) return;
    for (const member of room.members) this.sendSnapshot(room, member, snapshot);
  }

  private async load(room: Room<Viewer>): Promise<Snapshot | undefined> {
    room.loading = true;
    room.lastLoadAt = Date.now();
    this.counters.loads += 1;
    let snapshot: Snapshot | undefined;
    let failed = false;
    try {
      snapshot = await this.source.load(room.id);
    } catch (error) {
      this.log('live room failed to load', error);
      failed = true;
    } finally {
      room.loading = false;
    }
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

  private sendSnapshot(room: Room<Viewer>, member: Member<Viewer>, snapshot: Snapshot): void {
    if (member.socket.readyState !== OPEN) return;
    if (member.socket.bufferedAmount > SLOW_SOCKET_BYTES) {
      // Skip this one; the viewer gets whatever is newest once the socket drains.
      room.dirty = true;
      this.schedule(room);
      return;
    }
    const projection = JSON.stringify(this.source.project(snapshot, member.viewer));
    if (projection === member.lastSent) return;
    member.lastSent = projection;
    this.send(member, `{"type":"snapshot","version":${this.source.version(snapshot)},"data":${projection}}`);
  }

  private send(member: Member<Viewer>, message: string): void {
    if (member.socket.readyState !== OPEN) return;
    this.counters.messages += 1;
    member.socket.send(message);
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
