import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { after, before, describe, it } from 'node:test';
import type { WebSocket } from 'ws';
import { openDatabase } from '../db/database.ts';
import { createTestDatabase, testEngine } from '../testing/test-database.ts';
import { createRealtimeHub, type RealtimeHub } from './hub.ts';
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
      { minIntervalMs: 50, heartbeatMs: 60_000 },
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
      { minIntervalMs: 20, heartbeatMs: 60_000 },
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
    const lastShared = (socket: FakeSocket) => socket.raw.filter((message) => String(message).startsWith('{"type":"snapshot"')).at(-1);
    assert.ok(lastShared(a1) instanceof Buffer);
    assert.equal(lastShared(a1), lastShared(a2), 'the very same buffer for two viewers of a class');
    assert.equal(lastShared(a1), lastShared(a3));
    assert.notEqual(String(lastShared(a1)), String(lastShared(b1)));
    assert.deepEqual(JSON.parse(String(lastShared(b1))), { type: 'snapshot', version: 2, data: { group: 'b', version: 2 } });
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
      { minIntervalMs: 10, heartbeatMs: 60_000 },
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

  it('refuses a message too long for NOTIFY rather than losing it silently', async () => {
    await assert.rejects(hubs[0]!.publish('workshops:x', 'x'.repeat(9000)), /too long/);
  });
});
