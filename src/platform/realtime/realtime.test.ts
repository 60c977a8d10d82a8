import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { after, before, describe, it } from 'node:test';
import type { WebSocket } from 'ws';
import { openDatabase } from '../db/database.ts';
import { createTestDatabase, testEngine } from '../testing/test-database.ts';
import { createRealtimeHub, type RealtimeHub } from './hub.ts';
import { applyJsonDelta } from './json-delta.ts';
import { LiveRooms } from './live-rooms.ts';
import { LocalHub } from './local-hub.ts';

/** A socket that records what it is sent, standing in for a ws WebSocket. */
class FakeSocket extends EventEmitter {
  readyState = 1;
  bufferedAmount = 0;
  sent: string[] = [];
  raw: Array<string | Buffer> = [];
  send(message: string | Buffer) {
    this.raw.push(message);
    this.sent.push(String(message));
  }
  close() {
    this.readyState = 3;
    this.emit('close');
  }
  ping() {}
  terminate() {
    this.close();
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('realtime: in-process hub and merged live rooms', () => {
  it('delivers to every subscriber of a topic, after the publisher has moved on', async () => {
    const hub = new LocalHub();
    const got: string[] = [];
    const stop = hub.subscribe('room:1', (message) => got.push(message));
    hub.subscribe('room:2', () => got.push('wrong room'));
    await hub.publish('room:1', '7');
    assert.deepEqual(got, [], 'not delivered synchronously');
    await wait(5);
    assert.deepEqual(got, ['7']);
    stop();
    await hub.publish('room:1', '8');
    await wait(5);
    assert.deepEqual(got, ['7']);
  });

  it('merges a burst of changes into one load and one message per viewer, and skips viewers whose view did not change', async () => {
    const hub = new LocalHub();
    let version = 1;
    let loads = 0;
    const rooms = new LiveRooms<{ version: number; secret: string }, { admin: boolean }>(
      hub,
      'test',
      {
        load: async () => {
          loads += 1;
          return { version, secret: `s${version}` };
        },
        version: (snapshot) => snapshot.version,
        classOf: (viewer) => (viewer.admin ? 'admin' : 'visitor'),
        shared: (snapshot, viewer) => (viewer.admin ? snapshot : { version: 'same for everyone' }),
        personal: () => null,
      },
      { minIntervalMs: 50, heartbeatMs: 60_000, flushSpacing: 0 },
    );
    const admin = new FakeSocket();
    const visitor = new FakeSocket();
    await rooms.join('r', admin as unknown as WebSocket, { admin: true }, null);
    await rooms.join('r', visitor as unknown as WebSocket, { admin: false }, null);
    assert.equal(admin.sent.length, 1);
    const loadsBefore = loads;
    for (let change = 0; change < 20; change += 1) {
      version += 1;
      await rooms.changed('r');
    }
    await wait(200);
    assert.ok(loads - loadsBefore <= 2, `loaded ${loads - loadsBefore} times for 20 changes`);
    assert.equal(admin.sent.length, 2, 'one merged snapshot for the admin');
    assert.equal(JSON.parse(admin.sent[1]!).version, 21);
    assert.equal(visitor.sent.length, 1, 'the visitor’s projection did not change, so nothing was sent');
    assert.equal(rooms.stats().sockets, 2);
    visitor.close();
    admin.close();
    assert.equal(rooms.stats().rooms, 0, 'an empty room is forgotten');
    rooms.close();
  });

  it('serialises the shared part once per class and sends the same buffer to every viewer of it; the personal part goes apart', async () => {
    const hub = new LocalHub();
    let version = 1;
    const rooms = new LiveRooms<{ version: number }, { group: string; name: string }>(
      hub,
      'test',
      {
        load: async () => ({ version }),
        version: (snapshot) => snapshot.version,
        classOf: (viewer) => viewer.group,
        shared: (snapshot, viewer) => ({ group: viewer.group, version: snapshot.version }),
        personal: (snapshot, viewer) => ({ name: viewer.name, odd: snapshot.version % 2 === 1 }),
      },
      { minIntervalMs: 20, heartbeatMs: 60_000, flushSpacing: 0 },
    );
    const sockets = ['a1', 'a2', 'a3', 'b1'].map((name) => ({ name, socket: new FakeSocket() }));
    for (const { name, socket } of sockets) {
      await rooms.join('r', socket as unknown as WebSocket, { group: name.slice(0, 1), name }, null);
    }
    const serialisedAtJoin = rooms.stats().serialised;
    assert.equal(serialisedAtJoin, 2, 'one shared part per class, not per viewer');
    version = 2;
    await rooms.changed('r');
    await wait(100);
    assert.equal(rooms.stats().serialised - serialisedAtJoin, 2, 'again once per class for the change');
    const [a1, a2, a3, b1] = sockets.map(({ socket }) => socket) as [FakeSocket, FakeSocket, FakeSocket, FakeSocket];
    const shared = (socket: FakeSocket) => socket.raw.filter((message) => /^\{"type":"(snapshot|delta)"/.test(String(message)));
    const lastShared = (socket: FakeSocket) => shared(socket).at(-1);
    assert.ok(lastShared(a1) instanceof Buffer);
    assert.equal(lastShared(a1), lastShared(a2), 'the very same buffer for two viewers of a class');
    assert.equal(lastShared(a1), lastShared(a3));
    assert.notEqual(String(lastShared(a1)), String(lastShared(b1)));
    const [whole, change] = shared(b1).map((message) => JSON.parse(String(message)));
    assert.deepEqual(whole.data, { group: 'b', version: 1 });
    assert.equal(change.type, 'delta');
    assert.equal(change.base, whole.part);
    assert.deepEqual(applyJsonDelta(whole.data, change.delta), { group: 'b', version: 2 });
    const mine = a2.sent.map((message) => JSON.parse(message)).filter((message) => message.type === 'mine');
    assert.deepEqual(
      mine.map((message) => message.mine),
      [
        { name: 'a2', odd: true },
        { name: 'a2', odd: false },
      ],
      'each viewer gets only its own personal part, when it changed',
    );
    rooms.close();
  });

  it('sends a viewer who holds the previous shared part only the delta from it; a newcomer, or one who missed a part, gets the whole', async () => {
    const hub = new LocalHub();
    const notes = Array.from({ length: 200 }, (_, index) => ({ id: `n${index}`, text: `Lappu numero ${index}`, votes: 0 }));
    let version = 1;
    const rooms = new LiveRooms<{ version: number; notes: typeof notes }, null>(
      hub,
      'test',
      {
        load: async () => ({ version, notes: structuredClone(notes) }),
        version: (snapshot) => snapshot.version,
        classOf: () => 'all',
        shared: (snapshot) => ({ version: snapshot.version, notes: snapshot.notes }),
        personal: () => null,
      },
      { minIntervalMs: 10, heartbeatMs: 60_000, flushSpacing: 0 },
    );
    const early = new FakeSocket();
    await rooms.join('r', early as unknown as WebSocket, null, null);
    const change = async (edit: () => void) => {
      edit();
      version += 1;
      await rooms.changed('r');
      await wait(60);
    };
    // A note added, one moved to the top, one edited, one removed: each change is sent as a small delta.
    await change(() => notes.push({ id: 'n200', text: 'Uusi lappu', votes: 0 }));
    const late = new FakeSocket();
    await rooms.join('r', late as unknown as WebSocket, null, null);
    await change(() => notes.unshift(...notes.splice(150, 1)));
    const slow = new FakeSocket();
    await rooms.join('r', slow as unknown as WebSocket, null, null);
    slow.bufferedAmount = 2 * 1024 * 1024;
    await change(() => {
      (notes[10] as { text: string }).text = 'Muokattu lappu';
    });
    slow.bufferedAmount = 0;
    await change(() => notes.splice(42, 1));

    const messages = (socket: FakeSocket) => socket.sent.map((message) => JSON.parse(message));
    const replay = (socket: FakeSocket) => {
      let held = null as { part: number; data: unknown } | null;
      for (const message of messages(socket)) {
        if (message.type === 'snapshot') held = { part: message.part, data: message.data };
        else if (message.type === 'delta') {
          assert.equal(message.base, held?.part, 'a delta names the part the viewer holds');
          held = { part: message.part, data: applyJsonDelta(held?.data, message.delta) };
        }
      }
      return held?.data;
    };
    const expected = { version, notes };
    for (const socket of [early, late, slow]) assert.deepEqual(replay(socket), expected);
    assert.deepEqual(
      messages(early).map((message) => message.type),
      ['snapshot', 'delta', 'delta', 'delta', 'delta'],
    );
    const [first, ...deltas] = early.sent;
    for (const delta of deltas)
      assert.ok(delta.length * 10 < first!.length, `a delta of ${delta.length} bytes beside a whole of ${first!.length}`);
    assert.deepEqual(
      messages(late).map((message) => message.type),
      ['snapshot', 'delta', 'delta', 'delta'],
      'a newcomer starts from the whole part',
    );
    assert.deepEqual(
      messages(slow).map((message) => message.type),
      ['snapshot', 'snapshot'],
      'a viewer who missed a part gets the whole again, not a delta from a part it does not hold',
    );
    assert.equal(early.raw.at(-1), late.raw.at(-1), 'one delta buffer for every viewer who holds the same part');
    rooms.close();
  });

  it('spaces the snapshots of a room whose flush is costly by a multiple of its duration, and of a cheap one by the interval', async () => {
    const hub = new LocalHub();
    let version = 1;
    let loadMs = 40;
    const loadsAt: number[] = [];
    const rooms = new LiveRooms<{ version: number }, null>(
      hub,
      'test',
      {
        load: async () => {
          loadsAt.push(performance.now());
          await wait(loadMs);
          return { version };
        },
        version: (snapshot) => snapshot.version,
        classOf: () => 'all',
        shared: (snapshot) => snapshot,
        personal: () => null,
      },
      { minIntervalMs: 10, heartbeatMs: 60_000, flushSpacing: 5 },
    );
    const socket = new FakeSocket();
    await rooms.join('r', socket as unknown as WebSocket, null, null);
    // Changes keep coming: each flush of the costly room (40 ms) is followed by about 200 ms of quiet.
    const started = performance.now();
    while (performance.now() - started < 700) {
      version += 1;
      await rooms.changed('r');
      await wait(5);
    }
    const costly = loadsAt.slice(1).map((at, index) => at - (loadsAt[index] as number));
    assert.ok(costly.length >= 2, `${costly.length + 1} loads`);
    assert.ok(
      costly.slice(1).every((gap) => gap >= 190),
      `loads of a 40 ms room ${costly.map((gap) => gap.toFixed(0)).join(', ')} ms apart`,
    );
    loadMs = 0;
    await wait(300);
    loadsAt.length = 0;
    const cheapStart = performance.now();
    while (performance.now() - cheapStart < 300) {
      version += 1;
      await rooms.changed('r');
      await wait(5);
    }
    const cheap = loadsAt
      .slice(1)
      .map((at, index) => at - (loadsAt[index] as number))
      .sort((a, b) => a - b);
    const median = cheap[Math.floor(cheap.length / 2)] ?? Number.POSITIVE_INFINITY;
    assert.ok(median < 100, `a cheap room loads about every 10–20 ms: median ${median.toFixed(0)} ms apart`);
    rooms.close();
  });

  it('answers a resuming client that missed nothing with a short "current" message', async () => {
    const hub = new LocalHub();
    const rooms = new LiveRooms<{ version: number }, null>(hub, 'test', {
      load: async () => ({ version: 5 }),
      version: (s) => s.version,
      classOf: () => 'all',
      shared: (s) => s,
      personal: () => null,
    });
    const socket = new FakeSocket();
    await rooms.join('r', socket as unknown as WebSocket, null, 5);
    assert.deepEqual(JSON.parse(socket.sent[0]!), { type: 'current', version: 5 });
    rooms.close();
  });

  it('gives a client that resumed with "current" both parts at the next change, even when only its own part changed', async () => {
    const hub = new LocalHub();
    let version = 5;
    const rooms = new LiveRooms<{ version: number }, null>(
      hub,
      'test',
      {
        load: async () => ({ version }),
        version: (s) => s.version,
        classOf: () => 'all',
        shared: () => ({ wall: 'unchanged' }),
        personal: (s) => ({ dotsLeft: 10 - s.version }),
      },
      { minIntervalMs: 10, heartbeatMs: 60_000, flushSpacing: 0 },
    );
    const socket = new FakeSocket();
    await rooms.join('r', socket as unknown as WebSocket, null, 5);
    version = 6;
    await rooms.changed('r');
    await wait(80);
    assert.deepEqual(
      socket.sent.map((message) => JSON.parse(message).type),
      ['current', 'mine', 'snapshot'],
      'a page that resumed holds no parts to lay the new one over',
    );
    rooms.close();
  });
});

describe('realtime: PostgreSQL LISTEN/NOTIFY hub', { skip: testEngine() !== 'postgres' }, () => {
  let drop: () => Promise<void>;
  let hubs: RealtimeHub[];
  let close: () => Promise<void>;

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const first = openDatabase(database.target, { poolSize: 2 });
    const second = openDatabase(database.target, { poolSize: 2 });
    hubs = [
      createRealtimeHub({ dialect: 'postgres', target: database.target, db: first.db }),
      createRealtimeHub({ dialect: 'postgres', target: database.target, db: second.db }),
    ];
    await Promise.all(hubs.map((hub) => hub.ready()));
    close = async () => {
      for (const hub of hubs) await hub.close();
      await first.close();
      await second.close();
    };
  });
  after(async () => {
    await close();
    await drop();
  });

  it('carries a message published by one hub to the subscribers of another', async () => {
    const got = new Promise<string>((resolve) => hubs[1]!.subscribe('workshops:x', resolve));
    await hubs[0]!.publish('workshops:x', '42');
    assert.equal(await got, '42');
  });

  it('merges the signals of one topic published together into a few NOTIFYs, the last message among them, each publish answered after its own', async () => {
    const received: string[] = [];
    const stop = hubs[1]!.subscribe('workshops:burst', (message) => received.push(message));
    const other: string[] = [];
    const stopOther = hubs[1]!.subscribe('workshops:other', (message) => other.push(message));
    await Promise.all([
      ...Array.from({ length: 200 }, (_, index) => hubs[0]!.publish('workshops:burst', String(index + 1))),
      hubs[0]!.publish('workshops:other', 'x'),
    ]);
    const deadline = Date.now() + 5_000;
    while ((received.at(-1) !== '200' || other.length === 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(received.at(-1), '200', 'the last signal carries the last message');
    assert.ok(received.length <= 3, `200 publishes sent as ${received.length} NOTIFYs`);
    assert.deepEqual(other, ['x'], 'another topic is not merged into it');
    await hubs[0]!.publish('workshops:burst', 'later');
    while (received.at(-1) !== 'later' && Date.now() < deadline + 5_000) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(received.at(-1), 'later', 'a publish after the burst is sent on its own');
    stop();
    stopOther();
  });

  it('refuses a message too long for NOTIFY rather than losing it silently', async () => {
    await assert.rejects(hubs[0]!.publish('workshops:x', 'x'.repeat(9000)), /too long/);
  });
});
