/**
 * One workshop room with hundreds or thousands of phones connected over real
 * WebSockets, through the app (server in its own process: workshop-room-server.ts).
 *
 * - Every phone joins by code over HTTP (no account) and opens the live channel.
 * - Writing: every phone posts a note every 30 s, at a random moment of each
 *   30-s period, for ROUNDS periods (default one: as many notes as phones).
 *   BENCH_COMPRESSION=k plays each period in 30/k seconds (default 1: real time).
 * - The dot-vote peak: the facilitator opens voting and every phone places all
 *   its dots within one second.
 * - Figures: p99 time from a post (the moment its request is sent) to the first
 *   message at each phone whose room version contains it, over every (post,
 *   phone) pair; messages per second the app delivered while the notes came in
 *   (`ratio`), against a bare broadcast of the same payloads (the messages one
 *   phone got, in order) to the same number of sockets over the same transport
 *   (`ws` on loopback) in the same run, each payload sent as soon as every note
 *   in it had been posted; the same per CPU-second of the server (`cpu_ratio`:
 *   the app's CPU includes handling the posts and the database); both against
 *   the payloads sent back to back in one burst (`burst_*`); the server's
 *   memory; and the time until every phone is back in the room after the
 *   server is stopped and started again.
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Delta } from 'jsondiffpatch';
import WebSocket from 'ws';
import { DEMO_ADMIN } from '../../src/demo.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { applyJsonDelta } from '../../src/platform/realtime/json-delta.ts';
import { TestClient } from '../../src/platform/testing/test-client.ts';
import { createTestDatabase, testEngine } from '../../src/platform/testing/test-database.ts';

/** How many times faster than real time the 30-s posting period runs. */
const COMPRESSION = Number(process.env.BENCH_COMPRESSION ?? 1);
const PERIOD_MS = 30_000 / COMPRESSION;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const DOTS = 3;
const SETUP_CONCURRENCY = 24;
const WAIT_LIMIT_MS = 120_000;
const SLUG = 'rauman-tarina';
const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'workshop-room-server.ts');

interface Stats {
  rss: number;
  heapUsed: number;
  /** CPU time (user + system) the server process has used since it started. */
  cpuMs: number;
  /** Of which in the kernel (socket writes, the disk's flushes). */
  systemMs: number;
}

interface Server {
  child: ChildProcess;
  baseUrl: string;
  barePort: number;
  peakRss: number;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
}

async function startServer(target: DatabaseTarget, port: number, seed: boolean): Promise<Server> {
  const child = fork(SERVER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE: JSON.stringify(target), BENCH_PORT: String(port), BENCH_SEED: seed ? '1' : '0' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.setMaxListeners(100);
  const ready = await new Promise<{ baseUrl: string; barePort: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
    child.on('message', (message: { type: string; baseUrl: string; barePort: number }) => {
      if (message.type === 'ready') resolve(message);
    });
  });
  const server: Server = {
    child,
    ...ready,
    peakRss: 0,
    stats: () =>
      new Promise((resolve, reject) => {
        if (!child.connected) return reject(new Error('the server is not running'));
        const listener = (message: Stats & { type: string }) => {
          if (message.type !== 'stats') return;
          child.off('message', listener);
          server.peakRss = Math.max(server.peakRss, message.rss);
          resolve(message);
        };
        child.on('message', listener);
        // A stopping server (the restart figure) can close the channel between the check and the send.
        child.send({ type: 'stats' }, (error) => {
          if (!error) return;
          child.off('message', listener);
          reject(error);
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return server;
}

/** A simulated phone: its own address, cookies and CSRF token, and what its live socket received. */
interface Phone {
  index: number;
  address: string;
  cookie: string;
  csrf: string;
  socket: WebSocket | null;
  received: number;
  /** Room versions in the order they first arrived, with when (performance.now()). */
  versions: number[];
  times: number[];
  lastVersion: number;
  /** When the phone was last (re)connected and had its first message, for the restart figure. */
  backAt: number | null;
  /** When the phone's own part first said it had no dots left. */
  allDotsAt: number | null;
  stopped: boolean;
}

function cookiesOf(response: Response, into: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    into.set(pair.slice(0, at), pair.slice(at + 1));
  }
}

async function inBatches<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

async function joinPhone(baseUrl: string, index: number, code: string): Promise<Phone> {
  const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const cookies = new Map<string, string>();
  const page = await fetch(`${baseUrl}/fi/join`, { headers: { 'x-forwarded-for': address } });
  cookiesOf(page, cookies);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error('no CSRF token on /fi/join');
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const joined = await fetch(`${baseUrl}/api/v1/workshops/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, 'x-forwarded-for': address, cookie: cookieHeader() },
    body: JSON.stringify({ code }),
  });
  if (!joined.ok) throw new Error(`joining answered ${joined.status}: ${await joined.text()}`);
  cookiesOf(joined, cookies);
  return {
    index,
    address,
    cookie: cookieHeader(),
    csrf,
    socket: null,
    received: 0,
    versions: [],
    times: [],
    lastVersion: 0,
    backAt: null,
    allDotsAt: null,
    stopped: false,
  };
}

/** Calls the API as the phone; answers the status, or 0 when the server did not answer at all (counted, not thrown). */
async function phoneApi(baseUrl: string, phone: Phone, method: string, url: string, body: unknown): Promise<number> {
  try {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': phone.csrf, 'x-forwarded-for': phone.address, cookie: phone.cookie },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    // A dot's answer carries the phone's own dots, which the room shows at once (room.js): the last one is seen then.
    if (phone.allDotsAt === null && response.status === 200 && text.includes('"dotsLeft":0')) phone.allDotsAt = performance.now();
    return response.status;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? String(error);
    unanswered.set(reason, (unanswered.get(reason) ?? 0) + 1);
    return 0;
  }
}

/** Why requests went unanswered (status 0), by error code, to print beside the statuses. */
const unanswered = new Map<string, number>();
const unansweredText = () =>
  unanswered.size ? `; unanswered: ${[...unanswered].map(([reason, count]) => `${reason}×${count}`).join(', ')}` : '';

const VERSION = /"version":(\d+)/;

/** Reads only the head of a message for its version, as a phone that just checks "is this new" would. */
function versionOf(data: Buffer): number {
  return Number(VERSION.exec(data.subarray(0, 64).toString('latin1'))?.[1] ?? 0);
}

/** Opens (or reopens, with `since`) a phone's live socket; `onData` sees every message. */
function connect(baseUrl: string, workshopId: string, phone: Phone, onData: (phone: Phone, data: Buffer) => void): void {
  const since = phone.lastVersion > 0 ? `?since=${phone.lastVersion}` : '';
  const url = `${baseUrl.replace('http:', 'ws:')}/api/v1/workshops/${workshopId}/live${since}`;
  const socket = new WebSocket(url, { headers: { cookie: phone.cookie, 'x-forwarded-for': phone.address } });
  phone.socket = socket;
  socket.on('message', (data: Buffer) => {
    const now = performance.now();
    phone.received += 1;
    phone.backAt ??= now;
    const version = versionOf(data);
    if (phone.allDotsAt === null && data.subarray(0, 15).toString('latin1') === '{"type":"mine",') {
      const mine = (JSON.parse(data.toString('utf8')) as { mine?: { dotsLeft?: number } }).mine;
      if (mine?.dotsLeft === 0) phone.allDotsAt = now;
    }
    if (version > phone.lastVersion) {
      phone.versions.push(version);
      phone.times.push(now);
      phone.lastVersion = version;
    }
    onData(phone, data);
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    if (phone.stopped || phone.socket !== socket) return;
    phone.socket = null;
    // Like live.js: come back after a short random pause, and keep trying.
    setTimeout(() => reconnect(), 250 + Math.random() * 750);
    const reconnect = () => {
      if (phone.stopped) return;
      connect(baseUrl, workshopId, phone, onData);
    };
  });
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > WAIT_LIMIT_MS) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** First time at which the phone held a version ≥ v, by binary search. */
function firstTimeAtLeast(phone: Phone, v: number): number {
  let low = 0;
  let high = phone.versions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((phone.versions[middle] as number) >= v) high = middle;
    else low = middle + 1;
  }
  return phone.times[low] ?? Number.NaN;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Runs one room of `size` phones and prints its figures and RESULT line. */
async function runRoom(name: string, size: number): Promise<void> {
  const database = await createTestDatabase();
  let server = await startServer(database.target, 0, true);
  const port = Number(new URL(server.baseUrl).port);
  const phones: Phone[] = [];
  const sampler = setInterval(() => server.stats().catch(() => {}), 250);
  try {
    const admin = new TestClient(server.baseUrl);
    await admin.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const created = await admin.api('POST', `/api/v1/processes/${SLUG}/workshops`, {
      kind: 'workshop',
      title: { fi: 'Suurtyöpaja', sv: 'Stor verkstad', en: 'Large workshop' },
      description: { fi: '' },
      eventId: null,
      access: 'code',
      audienceIds: [],
      noteNames: 'anonymous',
      noteMaxLength: 200,
      notesHidden: false,
      dotsPerParticipant: DOTS,
      resultsPublic: false,
      prompts: [{ text: { fi: 'Millainen on Rauma vuonna 2030?' } }],
      groups: [],
    });
    if (created.status !== 201) throw new Error(`creating the workshop answered ${created.status}: ${created.text}`);
    const workshop = created.json<{ id: string; joinCode: string; prompts: Array<{ id: string }> }>();
    const promptId = workshop.prompts[0]!.id;
    const stage = async (to: string) => {
      const moved = await admin.api('POST', `/api/v1/workshops/${workshop.id}/prompts/${promptId}/stage`, { stage: to });
      if (moved.status !== 204) throw new Error(`moving to ${to} answered ${moved.status}`);
    };
    await stage('writing');

    const joinStarted = performance.now();
    const indexes = Array.from({ length: size }, (_, index) => index + 1);
    await inBatches(indexes, SETUP_CONCURRENCY, async (index) => {
      phones.push(await joinPhone(server.baseUrl, index, workshop.joinCode));
    });
    phones.sort((a, b) => a.index - b.index);
    console.log(`${size} phones joined by code in ${((performance.now() - joinStarted) / 1000).toFixed(1)} s`);

    // Phone 0 also reads whole messages: it tells at which version each note first showed, and keeps the payloads.
    const observer = phones[0]!;
    const postedVersion = new Map<string, number>();
    const payloads: Buffer[] = [];
    /** Each payload's room version, to pace the baseline by when its content existed. */
    const payloadVersions: number[] = [];
    let writingStarted = 0;
    let recording = false;
    let noteIds: string[] = [];
    type WallView = { walls: Array<{ notes: Array<{ id: string; text: string }> }> };
    let held: WallView | null = null;
    const onData = (phone: Phone, data: Buffer) => {
      if (phone !== observer) return;
      if (recording) {
        payloads.push(data);
        payloadVersions.push(versionOf(data));
      }
      // The observer keeps the shared view as live.js does: a whole snapshot, then deltas applied to it.
      const message = JSON.parse(data.toString('utf8')) as { type: string; version: number; data?: WallView; delta?: Delta };
      if (message.type === 'snapshot' && message.data) held = message.data;
      else if (message.type === 'delta' && held) held = applyJsonDelta(held, message.delta);
      else return;
      const notes = held.walls.flatMap((wall) => wall.notes);
      noteIds = notes.map((note) => note.id);
      for (const note of notes) if (!postedVersion.has(note.text)) postedVersion.set(note.text, message.version);
    };
    for (const phone of phones) connect(server.baseUrl, workshop.id, phone, onData);
    await waitUntil(() => phones.every((phone) => phone.received > 0), 'every phone’s first snapshot');
    const connected = await server.stats();
    console.log(`${size} live sockets open; server rss ${mb(connected.rss)} MB, heap ${mb(connected.heapUsed)} MB`);

    // Writing: ROUNDS compressed 30-s periods, each phone posting once per period at a random moment.
    const posts: Array<{ text: string; at: number }> = [];
    const statuses = new Map<number, number>();
    const receivedBefore = phones.reduce((sum, phone) => sum + phone.received, 0);
    const beforeWriting = await server.stats();
    const cpuBeforeWriting = beforeWriting.cpuMs;
    recording = true;
    if (process.env.BENCH_CPU_PROF) server.child.send({ type: 'profile-start' });
    writingStarted = performance.now();
    const pending: Promise<void>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const phone of phones) {
        const delay = round * PERIOD_MS + Math.random() * PERIOD_MS;
        pending.push(
          new Promise<void>((resolve) => setTimeout(resolve, delay)).then(async () => {
            const text = `Lappu ${phone.index}.${round + 1}: lisää puistoja ja pyöräteitä Rauman keskustaan`;
            posts.push({ text, at: performance.now() });
            const status = await phoneApi(server.baseUrl, phone, 'POST', `/api/v1/workshops/${workshop.id}/notes`, { text });
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          }),
        );
      }
    }
    await Promise.all(pending);
    const accepted = statuses.get(201) ?? 0;
    await waitUntil(() => postedVersion.size >= accepted, 'every note to reach the observer');
    const finalVersion = Math.max(...postedVersion.values());
    await waitUntil(() => phones.every((phone) => phone.lastVersion >= finalVersion), 'every phone to see every note');
    recording = false;
    if (process.env.BENCH_CPU_PROF) {
      server.child.send({ type: 'profile-stop', file: path.join(process.env.BENCH_CPU_PROF, `${name}-${size}-writing.cpuprofile`) });
    }
    const lastDelivery = Math.max(...phones.map((phone) => firstTimeAtLeast(phone, finalVersion)));
    const appMessages = phones.reduce((sum, phone) => sum + phone.received, 0) - receivedBefore;
    const appSeconds = (lastDelivery - writingStarted) / 1000;
    const appRate = appMessages / appSeconds;

    const latencies = new Float64Array(posts.length * phones.length);
    let filled = 0;
    for (const post of posts) {
      const version = postedVersion.get(post.text);
      if (version === undefined) continue;
      for (const phone of phones) latencies[filled++] = firstTimeAtLeast(phone, version) - post.at;
    }
    const sorted = latencies.subarray(0, filled).sort();
    const p50 = percentile(sorted, 0.5);
    const p99 = percentile(sorted, 0.99);
    const writingStats = await server.stats();
    const appCpuSeconds = (writingStats.cpuMs - cpuBeforeWriting) / 1000;
    const appSystemSeconds = (writingStats.systemMs - beforeWriting.systemMs) / 1000;
    const appCapacity = appMessages / appCpuSeconds;
    console.log(
      `writing: ${posts.length} notes in ${ROUNDS} periods of 30 s played in ${(PERIOD_MS / 1000).toFixed(1)} s each ` +
        `(statuses ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}${unansweredText()}); ` +
        `post → every phone p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms over ${filled} (post, phone) pairs`,
    );
    const payloadBytes = payloads.reduce((sum, payload) => sum + payload.length, 0);
    console.log(
      `the app delivered ${appMessages} messages in ${appSeconds.toFixed(1)} s (${appRate.toFixed(0)}/s); ` +
        `one phone got ${payloads.length} messages, ${mb(payloadBytes)} MB (largest ${(Math.max(...payloads.map((p) => p.length)) / 1024).toFixed(0)} kB)`,
    );

    // The dot-vote peak: voting opens and every phone places all its dots within a second.
    await stage('voting');
    const votingVersionAt = observer.lastVersion;
    await waitUntil(() => phones.every((phone) => phone.lastVersion > votingVersionAt), 'every phone to see voting open');
    const voteStatuses = new Map<number, number>();
    const lastVoteAt = new Float64Array(size + 1);
    const dotsPlaced = new Int32Array(size + 1);
    if (process.env.BENCH_CPU_PROF) server.child.send({ type: 'profile-start' });
    const votingStarted = performance.now();
    await Promise.all(
      phones.map(async (phone) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
        for (let dot = 0; dot < DOTS; dot++) {
          const targetId = noteIds[Math.floor(Math.random() * noteIds.length)];
          // From the moment the last dot is sent: its update may reach the socket before the answer does.
          lastVoteAt[phone.index] = performance.now();
          const status = await phoneApi(server.baseUrl, phone, 'POST', `/api/v1/workshops/${workshop.id}/votes`, {
            targetType: 'note',
            targetId,
          });
          voteStatuses.set(status, (voteStatuses.get(status) ?? 0) + 1);
          if (status === 200 || status === 204) dotsPlaced[phone.index] = (dotsPlaced[phone.index] ?? 0) + 1;
        }
      }),
    );
    const votesDone = performance.now();
    // Others' dots are not shown until results, so each phone's own part tells when it has seen its last dot.
    // (A phone a dot of which was refused never runs out of dots; it is left out, and the refusal shows in the statuses.)
    const voters = phones.filter((phone) => dotsPlaced[phone.index] === DOTS);
    await waitUntil(() => voters.every((phone) => phone.allDotsAt !== null), 'every phone to see its own dots');
    if (process.env.BENCH_CPU_PROF) {
      server.child.send({ type: 'profile-stop', file: path.join(process.env.BENCH_CPU_PROF, `${name}-${size}-voting.cpuprofile`) });
    }
    const voteCatchUp = Math.max(...voters.map((phone) => phone.allDotsAt as number)) - votesDone;
    const dotLatencies = Float64Array.from(voters.map((phone) => (phone.allDotsAt as number) - (lastVoteAt[phone.index] as number))).sort();
    console.log(
      `dot-vote peak: ${size * DOTS} dots in ${((votesDone - votingStarted) / 1000).toFixed(1)} s ` +
        `(statuses ${[...voteStatuses].map(([status, count]) => `${status}×${count}`).join(', ')}${unansweredText()}); a phone's last dot → its view p99 ` +
        `${percentile(dotLatencies, 0.99).toFixed(0)} ms; every phone up to date ${voteCatchUp.toFixed(0)} ms after the last dot`,
    );

    // The baseline: the same payloads, broadcast bare to as many sockets over the same transport, twice:
    // paced (each payload as soon as every note in it had been posted: a broadcaster cannot send a change before
    // it happens) and in one burst (back to back, as if every change were known at once: the kernel then batches frames).
    const bare = async (pacedByPosts: boolean) => {
      const counts = new Int32Array(size);
      const sockets = await Promise.all(
        phones.map(
          (_, index) =>
            new Promise<WebSocket>((resolve, reject) => {
              const socket = new WebSocket(`ws://127.0.0.1:${server.barePort}`);
              socket.on('message', (data: Buffer) => {
                versionOf(data);
                counts[index] = (counts[index] ?? 0) + 1;
              });
              socket.once('open', () => resolve(socket));
              socket.once('error', reject);
            }),
        ),
      );
      const before = await server.stats();
      const cpuBefore = before.cpuMs;
      const started = performance.now();
      server.child.send({
        type: 'bare',
        payloads: payloads.map((payload) => payload.toString('utf8')),
        offsets: pacedByPosts ? readyAt : payloads.map(() => 0),
      });
      await waitUntil(() => counts.every((count) => count >= payloads.length), 'the bare broadcast');
      const seconds = (performance.now() - started) / 1000;
      const done = await server.stats();
      const cpuSeconds = (done.cpuMs - cpuBefore) / 1000;
      const systemSeconds = (done.systemMs - before.systemMs) / 1000;
      for (const socket of sockets) socket.terminate();
      return {
        seconds,
        rate: (size * payloads.length) / seconds,
        cpuSeconds,
        systemSeconds,
        capacity: (size * payloads.length) / cpuSeconds,
      };
    };
    // A payload can go out once every note it carries was posted: the paced baseline sends each at that
    // moment (ms from the start of writing), so any lag of the app shows as a longer delivery than the bare one's.
    const postsByVersion = posts
      .map((post) => ({ at: post.at - writingStarted, version: postedVersion.get(post.text) ?? Number.POSITIVE_INFINITY }))
      .sort((a, b) => a.version - b.version);
    let ready = 0;
    let next = 0;
    const readyAt = payloadVersions.map((version) => {
      while (next < postsByVersion.length && (postsByVersion[next]?.version ?? 0) <= version) {
        ready = Math.max(ready, postsByVersion[next]?.at ?? 0);
        next += 1;
      }
      return ready;
    });
    const paced = await bare(true);
    const burst = await bare(false);
    console.log(
      `bare broadcast of the same ${payloads.length} payloads to ${size} sockets, paced as the app sent them: ${paced.seconds.toFixed(1)} s ` +
        `(${paced.rate.toFixed(0)}/s), in one burst: ${burst.seconds.toFixed(1)} s (${burst.rate.toFixed(0)}/s); ` +
        `server CPU: the app used ${appCpuSeconds.toFixed(2)} s (${appSystemSeconds.toFixed(2)} s in the kernel) for its ${appMessages} messages ` +
        `(${appCapacity.toFixed(0)} per CPU-second, posts included), the paced bare broadcast ${paced.cpuSeconds.toFixed(2)} s ` +
        `(${paced.systemSeconds.toFixed(2)} s in the kernel; ${paced.capacity.toFixed(0)} per CPU-second), ` +
        `the burst ${burst.cpuSeconds.toFixed(2)} s (${burst.systemSeconds.toFixed(2)} s; ${burst.capacity.toFixed(0)} per CPU-second)`,
    );
    const firstPeakRss = server.peakRss;

    // Restart: the server stops (closing every socket), starts again on the same port and database; phones come back.
    for (const phone of phones) phone.backAt = null;
    const stopped = performance.now();
    await server.stop();
    server = await startServer(database.target, port, false);
    const restarted = performance.now();
    await waitUntil(
      () => phones.every((phone) => phone.backAt !== null && phone.socket?.readyState === WebSocket.OPEN),
      'every phone to be back',
    );
    const allBack = Math.max(...phones.map((phone) => phone.backAt as number));
    const backAfterStart = allBack - restarted;
    const backAfterStop = allBack - stopped;
    const after = await server.stats();
    console.log(
      `restart: the server was down ${((restarted - stopped) / 1000).toFixed(1)} s; every phone was back in the room ` +
        `${backAfterStart.toFixed(0)} ms after it listened again (${backAfterStop.toFixed(0)} ms after it stopped); rss after ${mb(after.rss)} MB`,
    );
    console.log(
      `server memory: rss ${mb(connected.rss)} MB with ${size} sockets, ${mb(writingStats.rss)} MB after writing, peak ${mb(Math.max(firstPeakRss, server.peakRss))} MB; ` +
        `load average ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')} on ${os.availableParallelism()} cores`,
    );
    console.log(
      `RESULT ${name}-${size} ratio=${(appRate / paced.rate).toFixed(2)} cpu_ratio=${(appCapacity / paced.capacity).toFixed(2)} ` +
        `burst_rate_ratio=${(appRate / burst.rate).toFixed(2)} burst_cpu_ratio=${(appCapacity / burst.capacity).toFixed(2)} participants=${size} engine=${testEngine()} ` +
        `compression=${COMPRESSION} notes=${posts.length} p50_ms=${p50.toFixed(0)} p99_ms=${p99.toFixed(0)} ` +
        `app_msgs_per_s=${appRate.toFixed(0)} bare_msgs_per_s=${paced.rate.toFixed(0)} burst_msgs_per_s=${burst.rate.toFixed(0)} vote_catchup_ms=${voteCatchUp.toFixed(0)} ` +
        `rss_mb=${mb(connected.rss)} peak_rss_mb=${mb(Math.max(firstPeakRss, server.peakRss))} back_after_restart_ms=${backAfterStart.toFixed(0)}`,
    );
  } finally {
    clearInterval(sampler);
    for (const phone of phones) {
      phone.stopped = true;
      phone.socket?.terminate();
    }
    await server.stop();
    await database.drop();
  }
}

/** Runs the room at each size, one after the other, on the engine TEST_DATABASE names. */
export async function runWorkshopRoomScenario(name: string, sizes: number[]): Promise<void> {
  // BENCH_SIZES=500 runs only some of the sizes.
  const only = process.env.BENCH_SIZES?.split(',').map(Number);
  for (const size of sizes) if (!only || only.includes(size)) await runRoom(name, size);
}
