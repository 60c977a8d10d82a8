import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../platform/db/database.ts';
import { TestClient } from '../../platform/testing/test-client.ts';
import { createTestDatabase } from '../../platform/testing/test-database.ts';

const root = path.resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startServer(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', TARINA_DEMO: '1', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
}

async function waitUntilUp(baseUrl: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not come up');
}

describe('a crash during a burst of submissions', () => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let databaseUrl: string;
  let child: ChildProcess | null = null;

  before(async () => {
    target = await createTestDatabase();
    databaseUrl = target.target.kind === 'sqlite' ? `file:${target.target.path}` : target.target.url;
  });
  after(async () => {
    child?.kill('SIGKILL');
    await target.drop();
  });

  it('loses no acknowledged submission when the server is killed with SIGKILL and restarted', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    child = startServer(databaseUrl, port);
    await waitUntilUp(baseUrl, child);
    const list = await new TestClient(baseUrl).get('/api/v1/processes/rauman-tarina/surveys');
    const survey = list.json<{ items: Array<{ id: string; closesAt: string | null }> }>().items.find((item) => item.closesAt === null);
    assert.ok(survey, 'the demo has an open survey');
    const definition = (await new TestClient(baseUrl).get(`/api/v1/surveys/${survey.id}`)).json<{
      sections: Array<{ questions: Array<{ id: string; required: boolean }> }>;
    }>();
    const required = definition.sections.flatMap((section) => section.questions).filter((question) => question.required);
    const acknowledged: Array<{ id: string; text: string }> = [];
    let killed = false;
    const submit = async (index: number) => {
      const text = `Kaatumistesti ${index}`;
      const answers = Object.fromEntries(required.map((question) => [question.id, { text }]));
      try {
        const response = await new TestClient(baseUrl).api('POST', `/api/v1/surveys/${survey.id}/responses`, {
          answers,
          idempotencyKey: `crash-${index}`,
        });
        if (response.status === 201) acknowledged.push({ id: response.json<{ id: string }>().id, text });
      } catch {
        // the connection died with the server: not acknowledged, so nothing is promised
      }
      if (!killed && acknowledged.length >= 40) {
        killed = true;
        child?.kill('SIGKILL');
      }
    };
    for (let wave = 0; wave < 20 && !killed; wave += 1) {
      await Promise.all(Array.from({ length: 12 }, (_, offset) => submit(wave * 12 + offset)));
    }
    assert.ok(killed, 'the server was killed during the burst');
    await new Promise<void>((resolve) => (child?.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

    child = startServer(databaseUrl, port);
    await waitUntilUp(baseUrl, child);
    const handle = openDatabase(target.target, { poolSize: 1 });
    try {
      const ids = acknowledged.map((entry) => entry.id);
      const stored = await handle.db.selectFrom('survey_responses').select(['id', 'status']).where('id', 'in', ids).execute();
      assert.equal(stored.length, acknowledged.length, 'every acknowledged response is there');
      assert.ok(stored.every((row) => row.status === 'submitted'));
      const answers = await handle.db
        .selectFrom('survey_answers')
        .select(['response_id', 'text_value'])
        .where('response_id', 'in', ids)
        .execute();
      for (const entry of acknowledged) {
        assert.ok(
          answers.some((answer) => answer.response_id === entry.id && answer.text_value === entry.text),
          `the answers of ${entry.id} are there`,
        );
      }
    } finally {
      await handle.close();
    }
    const after = await new TestClient(baseUrl).api('POST', `/api/v1/surveys/${survey.id}/responses`, {
      answers: Object.fromEntries(required.map((question) => [question.id, { text: 'Uudelleen' }])),
    });
    assert.equal(after.status, 201, 'the restarted server takes submissions again');
  });
});
