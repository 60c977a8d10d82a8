import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../app.ts';
import { type DatabaseHandle, openDatabase } from '../../platform/db/database.ts';
import { LISTENER_APPLICATION_NAME } from '../../platform/realtime/postgres-hub.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { TestClient } from '../../platform/testing/test-client.ts';
import { testEngine } from '../../platform/testing/test-database.ts';
import { type CreatedWorkshop, createWorkshop, join, setStage } from './test-support/fixtures.ts';
import { isShared, type LiveClient, noteTexts, openLive } from './test-support/live-client.ts';

/**
 * Two app processes over one PostgreSQL database, each listening on its own
 * port: what is posted through one reaches WebSocket clients of the other
 * through LISTEN/NOTIFY, also after the listening connection was cut.
 */
describe('live rooms across two app processes on PostgreSQL', { skip: testEngine() !== 'postgres' }, () => {
  let first: TestApp;
  let second: { app: FastifyInstance; handle: DatabaseHandle; baseUrl: string };
  let workshop: CreatedWorkshop;
  let writer: TestClient;
  let watcher: TestClient;
  let socket: LiveClient;

  before(async () => {
    first = await startTestApp({ demo: true });
    const target = first.context.config.database;
    const handle = openDatabase(target, { poolSize: 5 });
    const built = await buildApp({
      config: first.context.config,
      database: handle,
      logger: false,
      mailer: { send: async () => {}, close: () => {} },
    });
    await built.app.listen({ port: 0, host: '127.0.0.1' });
    const address = built.app.server.address();
    second = { app: built.app, handle, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
    const admin = await first.adminClient();
    workshop = await createWorkshop(first, admin);
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    writer = first.client();
    await join(writer, workshop.joinCode);
    // The watcher is a phone of the second process: its cookie works there too (sessions and participants live in the database).
    watcher = new TestClient(second.baseUrl);
    const joined = await join(watcher, workshop.joinCode);
    assert.equal(joined.status, 200, joined.text);
    socket = await openLive(second.baseUrl, `/api/v1/workshops/${workshop.id}/live`, watcher);
    await socket.waitFor((message) => message.type === 'snapshot');
  });
  after(async () => {
    await socket?.close();
    await second?.app.close();
    await second?.handle.close();
    await first?.close();
  });

  it('a note posted through the first process reaches a WebSocket client of the second', async () => {
    const posted = await writer.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Toisen prosessin kautta' });
    assert.equal(posted.status, 201);
    const message = await socket.waitFor((update) => noteTexts(update.data).includes('Toisen prosessin kautta'));
    assert.ok(isShared(message), message.type);
  });

  it('keeps fanning out after the listening connections are cut: they reconnect and resync', async () => {
    const target = first.context.config.database;
    const admin = new pg.Client({ connectionString: target.kind === 'postgres' ? target.url : '' });
    await admin.connect();
    const killed = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()',
      [LISTENER_APPLICATION_NAME],
    );
    await admin.end();
    assert.equal(killed.rowCount, 2, 'one listener per process');
    // Whatever is posted while the listeners reconnect arrives by the resync that follows.
    await writer.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Katkon jälkeen' });
    await socket.waitFor((update) => noteTexts(update.data).includes('Katkon jälkeen'), 10_000);
    await writer.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Yhteys palasi' });
    await socket.waitFor((update) => noteTexts(update.data).includes('Yhteys palasi'), 10_000);
  });
});
