import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { DEMO_ACCOUNTS } from './demo/demo-accounts.ts';
import type { DatabaseTarget } from './platform/config.ts';
import { TestClient } from './platform/testing/test-client.ts';
import { createTestDatabase } from './platform/testing/test-database.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** `npm start` as a child process: its output so far, and how to stop it. */
interface Started {
  child: ChildProcess;
  output(): string;
  url: string;
  stop(): Promise<void>;
}

function databaseUrl(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? `file:${target.path}` : target.url;
}

/** Starts src/main.ts on a free port with exactly these settings, and waits for its start message. */
async function start(environment: Record<string, string>): Promise<Started> {
  const { HOST: _host, SMTP_URL: _smtp, TARINA_DEMO: _demo, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...inherited, PORT: '0', TARINA_JOBS: '0', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 120_000;
  // The message ends with an empty line; the demo's ends after its last account.
  while (!/Tarina serves [^\n]*\n[\s\S]*\n\n/.test(output)) {
    if (child.exitCode !== null) throw new Error(`main.ts exited ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`no start message within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = /Tarina serves (http:\/\/\S+\/)/.exec(output)?.[1] ?? '';
  return { child, output: () => output, url, stop };
}

/** An IPv4 address of this machine other than loopback, if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL('/healthz', url))).ok;
  } catch {
    return false;
  }
}

/** The log lines (JSON: stdout is no terminal here), apart from the start message meant for people. */
function logLines(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm start', () => {
  let database: { target: DatabaseTarget; drop(): Promise<void> };
  let mailDir: string;

  before(async () => {
    database = await createTestDatabase();
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-mail-'));
  });
  after(async () => {
    await database.drop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  test('over the demo it listens on 127.0.0.1 only, says so, and lists every demo account with what it can do', async () => {
    const started = await start({ DATABASE_URL: databaseUrl(database.target), MAIL_DIR: mailDir });
    try {
      const output = started.output();
      assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.match(output, /listens on 127\.0\.0\.1 only/);
      assert.match(output, /Set HOST/);
      for (const account of DEMO_ACCOUNTS) {
        const line = output.split('\n').find((entry) => entry.trim().startsWith(`${account.email} `));
        assert.ok(line, `${account.email} is listed`);
        assert.ok(line.includes(account.password) && line.includes(account.can), `${account.email}: password and role`);
      }
      assert.ok(await answers(started.url), 'answers on 127.0.0.1');
      const outside = outsideAddress();
      if (outside) {
        const port = new URL(started.url).port;
        assert.equal(await answers(`http://${outside}:${port}/`), false, `not reachable on ${outside}`);
      }
    } finally {
      await started.stop();
    }
  });

  test('without the demo it listens on every address and lists no demo account', async () => {
    const empty = await createTestDatabase();
    const started = await start({ DATABASE_URL: databaseUrl(empty.target), TARINA_DEMO: '0', MAIL_DIR: mailDir });
    try {
      const output = started.output();
      assert.match(started.url, /^http:\/\/localhost:\d+\/$/);
      assert.doesNotMatch(output, /Demo accounts|@demo\.tarina\.invalid/);
    } finally {
      await started.stop();
      await empty.drop();
    }
  });

  describe('started again with HOST set', () => {
    let started: Started;
    before(async () => {
      started = await start({ DATABASE_URL: databaseUrl(database.target), MAIL_DIR: mailDir, HOST: '0.0.0.0' });
    });
    after(async () => {
      await started.stop();
    });

    test('with HOST set it listens there, over a demo loaded at an earlier start, and warns that the passwords are published', async () => {
      const output = started.output();
      assert.match(started.url, /^http:\/\/localhost:\d+\/$/);
      assert.match(output, /HOST=0\.0\.0\.0 is set: other computers may reach this server/);
      assert.doesNotMatch(output, /Loaded the Rauma 2013 demo/);
      for (const account of DEMO_ACCOUNTS) assert.ok(output.includes(account.email), `${account.email} is listed`);
      const outside = outsideAddress();
      const port = new URL(started.url).port;
      assert.ok(await answers(`http://${outside ?? '127.0.0.1'}:${port}/`), 'reachable on every address');
    });

    test('without SMTP_URL a mail is written as an .eml file, and the log names only the file, never an address', async () => {
      const resident = DEMO_ACCOUNTS.find((account) => account.key === 'resident')!;
      const client = new TestClient(started.url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, ''));
      await client.get(`/fi/password-reset?email=${encodeURIComponent(resident.email)}`);
      const sent = await client.postForm('/fi/password-reset', { email: resident.email });
      assert.equal(sent.status, 200);
      const deadline = Date.now() + 30_000;
      let files: string[] = [];
      while (files.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        files = fs.readdirSync(mailDir).filter((name) => name.endsWith('.eml'));
      }
      assert.equal(files.length, 1, 'one .eml file');
      const file = path.join(mailDir, files[0]!);
      const mail = await simpleParser(fs.readFileSync(file));
      assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined, resident.email);
      assert.match(mail.text ?? '', /\/password-reset\/\S+/);
      assert.equal(fs.statSync(file).mode & 0o077, 0, 'readable by its owner only');

      while (!logLines(started.output()).some((line) => line.file === file) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const lines = logLines(started.output());
      const written = lines.find((line) => line.file === file);
      assert.ok(written, 'the log names the file');
      assert.match(String(written.msg), /mail written/);
      assert.ok(
        lines.some((line) => line.req),
        'requests are logged',
      );
      const addresses = lines.filter((line) => /@|%40/.test(JSON.stringify(line)));
      assert.deepEqual(addresses, [], 'no address in the log');
    });
  });
});
