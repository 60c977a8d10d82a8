/**
 * The documented scale-out (docs/deployment.md) as it runs: two app processes started as
 * `src/main.ts` starts them, behind a real nginx (Debian's package), on one PostgreSQL database,
 * with the rate limits in Redis. nginx sends each request to the next process in turn and says
 * which one answered (`X-Upstream`, added by this test's configuration only), so every check
 * below proves that it holds whichever process a request lands on. nginx connects from
 * 127.0.0.2, the only address the apps trust X-Forwarded-* from, as TRUST_PROXY names it.
 *
 * Run by `npm run test:scale` (and by `.ci/run`, which installs nginx); not by `npm test`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { workshopInput } from '../../src/modules/workshops/test-support/fixtures.ts';
import { noteTexts, openLive } from '../../src/modules/workshops/test-support/live-client.ts';
import { newToken } from '../../src/platform/db/ids.ts';
import { TestClient, type TestResponse } from '../../src/platform/testing/test-client.ts';
import { testPostgresUrl } from '../../src/platform/testing/test-database.ts';

const NGINX = '/usr/sbin/nginx';
const PROXY_ADDRESS = '127.0.0.2';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
/** The sign-in form's limit per address and minute (accounts' AUTH_RATE_LIMIT). */
const SIGN_IN_LIMIT = 10;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntil(what: string, ready: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the process exited with ${child.exitCode}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

/** Which app process answered, as nginx says (the upstream's port). */
function upstreamOf(response: TestResponse): string {
  const upstream = response.headers.get('x-upstream');
  assert.ok(upstream, 'nginx names the process that answered');
  return upstream;
}

describe('two app processes behind nginx on one PostgreSQL database, rate limits in Redis', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-scale-'));
  const database = `tarina_scale_${newToken(9)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  const children: ChildProcess[] = [];
  const output: string[] = [];
  let ports: { first: number; second: number; proxy: number };
  let proxyUrl: string;

  function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(`[${name}] ${chunk}`));
    children.push(child);
    return child;
  }

  function startApp(name: string, port: number): ChildProcess {
    const child = start(name, process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: testPostgresUrl(database),
      HOST: '127.0.0.1',
      PORT: String(port),
      TARINA_DEMO: '1',
      TRUST_PROXY: PROXY_ADDRESS,
      REDIS_URL,
      MAIL_DIR: path.join(folder, 'mail'),
      LOG_LEVEL: 'warn',
    });
    return child;
  }

  before(async () => {
    assert.ok(fs.existsSync(NGINX), `this test needs nginx at ${NGINX} (Debian: apt-get install nginx); .ci/run installs it`);
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    await redis.flushdb();
    await redis.quit();
    ports = { first: await freePort(), second: await freePort(), proxy: await freePort() };
    proxyUrl = `http://127.0.0.1:${ports.proxy}`;
    // The first process migrates the empty database and loads the demo; the second starts on it.
    const first = startApp('first', ports.first);
    const healthy = (port: number) => async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
    await waitUntil('the first app process', healthy(ports.first), 180_000, first);
    const second = startApp('second', ports.second);
    await waitUntil('the second app process', healthy(ports.second), 120_000, second);
    const temp = (name: string) => `${name}_temp_path ${path.join(folder, name)};`;
    fs.writeFileSync(
      path.join(folder, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${path.join(folder, 'nginx.pid')};
error_log ${path.join(folder, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream tarina { server 127.0.0.1:${ports.first}; server 127.0.0.1:${ports.second}; }
  server {
    listen 127.0.0.1:${ports.proxy};
    location / {
      proxy_pass http://tarina;
      proxy_http_version 1.1;
      proxy_bind ${PROXY_ADDRESS};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_read_timeout 1h;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
    );
    const nginx = start(
      'nginx',
      NGINX,
      ['-p', folder, '-e', path.join(folder, 'error.log'), '-c', path.join(folder, 'nginx.conf')],
      process.env,
    );
    await waitUntil('nginx', async () => (await fetch(`${proxyUrl}/healthz`)).ok, 30_000, nginx);
  });

  after(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)),
    );
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('sends requests to both processes in turn', async () => {
    const client = new TestClient(proxyUrl);
    const answered = new Set<string>();
    for (let index = 0; index < 6; index += 1) {
      const page = await client.get('/fi/');
      assert.equal(page.status, 200);
      answered.add(upstreamOf(page));
    }
    assert.deepEqual([...answered].sort(), [`127.0.0.1:${ports.first}`, `127.0.0.1:${ports.second}`].sort(), output.join(''));
  });

  it('keeps a session, its CSRF token and the next page’s notice whichever process answers', async () => {
    const admin = new TestClient(proxyUrl);
    await admin.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const seen = new Set<string>();
    for (let index = 0; index < 4; index += 1) {
      const page = await admin.get('/fi/admin/news/new');
      assert.equal(page.status, 200, 'signed in on both');
      seen.add(upstreamOf(page));
    }
    assert.equal(seen.size, 2);
    const form = await admin.get('/fi/admin/news/new');
    const processId = /<optgroup label="Rauman Tarina" data-value="([^"]+)"/.exec(form.text)?.[1];
    assert.ok(processId, 'the form lists the demo process');
    // The form's token came from one process; the post lands on the other.
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    const posted = await admin.postForm('/fi/admin/news/new', {
      _csrf: token,
      processId,
      phaseId: '',
      kind: 'blog',
      slug: 'kahden-prosessin-uutinen',
      'title.fi': 'Kahden prosessin uutinen',
      'title.sv': '',
      'title.en': '',
      'summary.fi': 'Lyhyesti.',
      'summary.sv': '',
      'summary.en': '',
      'body.fi': 'Kappale.',
      'body.sv': '',
      'body.en': '',
      videoUrl: '',
      status: 'draft',
    });
    assert.equal(posted.status, 303, posted.text);
    assert.notEqual(upstreamOf(posted), upstreamOf(form), 'the post went to the other process');
    const list = await admin.get(posted.location ?? '');
    assert.notEqual(upstreamOf(list), upstreamOf(posted), 'the next page came from the other process again');
    assert.match(list.text, /Uutinen on tallennettu\./);
  });

  it('shows a change made through one process on the cached public page of both', async () => {
    const visitor = new TestClient(proxyUrl);
    for (let index = 0; index < 4; index += 1) {
      const page = await visitor.get('/fi/news');
      assert.equal(page.status, 200);
      assert.doesNotMatch(page.text, /Julkaistu kahden prosessin välillä/);
    }
    const admin = new TestClient(proxyUrl);
    await admin.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const form = await admin.get('/fi/admin/news/new');
    const processId = /<optgroup label="Rauman Tarina" data-value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    const posted = await admin.postForm('/fi/admin/news/new', {
      processId,
      phaseId: '',
      kind: 'blog',
      slug: 'julkaistu-kahden-valilla',
      'title.fi': 'Julkaistu kahden prosessin välillä',
      'summary.fi': 'Lyhyesti.',
      'body.fi': 'Kappale.',
      videoUrl: '',
      status: 'published',
    });
    assert.equal(posted.status, 303, posted.text);
    const answered = new Set<string>();
    for (let index = 0; index < 4; index += 1) {
      const page = await visitor.get('/fi/news');
      assert.match(page.text, /Julkaistu kahden prosessin välillä/, `the page of ${upstreamOf(page)} is not stale`);
      answered.add(upstreamOf(page));
    }
    assert.equal(answered.size, 2);
  });

  it('brings a note posted through either process to a live room joined through nginx', async () => {
    const facilitator = new TestClient(proxyUrl);
    await facilitator.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const created = await facilitator.api('POST', '/api/v1/processes/rauman-tarina/workshops', workshopInput());
    assert.equal(created.status, 201, created.text);
    const workshop = created.json<{ id: string; joinCode: string; prompts: Array<{ id: string }> }>();
    const stage = await facilitator.api('POST', `/api/v1/workshops/${workshop.id}/prompts/${workshop.prompts[0]?.id}/stage`, {
      stage: 'writing',
    });
    assert.equal(stage.status, 204, stage.text);
    const phone = new TestClient(proxyUrl);
    const joined = await phone.api('POST', '/api/v1/workshops/join', { code: workshop.joinCode });
    assert.equal(joined.status, 200, joined.text);
    const live = await openLive(proxyUrl, `/api/v1/workshops/${workshop.id}/live`, phone);
    try {
      await live.waitFor((message) => message.type === 'snapshot');
      const through = new Set<string>();
      for (const text of ['Ensimmäinen lappu', 'Toinen lappu', 'Kolmas lappu']) {
        const posted = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text });
        assert.equal(posted.status, 201, posted.text);
        through.add(upstreamOf(posted));
        await live.waitFor((message) => noteTexts(message.data).includes(text), 10_000);
      }
      assert.equal(through.size, 2, 'notes went through both processes');
    } finally {
      await live.close();
    }
  });

  it('counts a rate limit once across both processes (Redis), and believes a forwarded address only from nginx', async () => {
    // A client of its own address (127.0.0.3), so only its own sign-ins count; it names another
    // address for itself in X-Forwarded-For, which nginx passes on and the apps do not believe.
    const stranger = new TestClient(proxyUrl, { 'x-forwarded-for': '198.51.100.23' }, '127.0.0.3');
    const statuses: number[] = [];
    const answered = new Set<string>();
    for (let index = 0; index < SIGN_IN_LIMIT + 2; index += 1) {
      const response = await stranger.postForm('/fi/sign-in', { email: 'ei-ketaan@example.invalid', password: 'väärä salasana' });
      statuses.push(response.status);
      answered.add(upstreamOf(response));
    }
    assert.equal(answered.size, 2);
    // Counted per process, all twelve would pass (six each).
    assert.deepEqual(
      statuses.map((status) => status === 429),
      [...Array(SIGN_IN_LIMIT).fill(false), true, true],
      `statuses ${statuses.join(' ')}: ${SIGN_IN_LIMIT} sign-ins a minute from one address in all, not per process`,
    );
    // Straight to a process from the same address: the forwarded address is not believed there either.
    const direct = new TestClient(`http://127.0.0.1:${ports.first}`, { 'x-forwarded-for': '198.51.100.24' }, '127.0.0.3');
    const refused = await direct.postForm('/fi/sign-in', { email: 'ei-ketaan@example.invalid', password: 'väärä salasana' });
    assert.equal(refused.status, 429);
    // Another client address through nginx is counted on its own.
    const other = new TestClient(proxyUrl, {}, '127.0.0.4');
    const fresh = await other.postForm('/fi/sign-in', { email: 'ei-ketaan@example.invalid', password: 'väärä salasana' });
    assert.notEqual(fresh.status, 429);
  });
});
