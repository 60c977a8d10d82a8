import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, join, setStage } from './test-support/fixtures.ts';
import { type LiveClient, noteTexts, openLive, wallNotes } from './test-support/live-client.ts';

describe('live channel: merged snapshots over a real WebSocket, resume, privacy', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;
  let writer: TestClient;
  let watcher: TestClient;
  const open: LiveClient[] = [];
  const live = async (client: TestClient | null, query = '', headers: Record<string, string> = {}) => {
    const socket = await openLive(test.baseUrl, `/api/v1/workshops/${workshop.id}/live${query}`, client, headers);
    open.push(socket);
    return socket;
  };
  const post = (client: TestClient, text: string) => client.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text });

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin, { dotsPerParticipant: 20 });
    writer = test.client();
    watcher = test.client();
    await join(writer, workshop.joinCode);
    await join(watcher, workshop.joinCode);
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
  });
  after(async () => {
    for (const socket of open) await socket.close();
    await test.close();
  });

  it('sends the room at once on connecting, and a note posted by another phone within a moment', async () => {
    const socket = await live(watcher);
    const first = await socket.waitFor((message) => message.type === 'snapshot');
    assert.equal(first.data.prompt.stage, 'writing');
    assert.deepEqual(noteTexts(first.data), []);
    assert.equal((await post(writer, 'Satamaan kävelyreitti')).status, 201);
    const update = await socket.waitFor((message) => noteTexts(message.data).includes('Satamaan kävelyreitti'));
    assert.ok(update.version > first.version);
  });

  it('merges a burst of changes into a few snapshots, not one message per change', async () => {
    const socket = await live(watcher);
    await socket.waitFor((message) => message.type === 'snapshot');
    const before = socket.messages.length;
    await Promise.all(Array.from({ length: 15 }, (_, index) => post(writer, `Purske ${index + 1}`)));
    const last = await socket.waitFor((message) => noteTexts(message.data).filter((text) => text.startsWith('Purske')).length === 15);
    const received = socket.messages.length - before;
    assert.ok(received <= 6, `got ${received} messages for 15 notes`);
    assert.ok(last.version >= 15);
  });

  it('resumes after a dropped connection: nothing missed means a short "current", missed changes come as one snapshot', async () => {
    const socket = await live(watcher);
    const seen = await socket.waitFor((message) => message.type === 'snapshot');
    await socket.close();
    const resumed = await live(watcher, `?since=${seen.version}`);
    const current = await resumed.waitFor(() => true);
    assert.equal(current.type, 'current');
    await resumed.close();
    await post(writer, 'Kirjoitettu katkon aikana');
    const again = await live(watcher, `?since=${seen.version}`);
    const caughtUp = await again.waitFor(() => true);
    assert.equal(caughtUp.type, 'snapshot');
    assert.ok(noteTexts(caughtUp.data).includes('Kirjoitettu katkon aikana'));
  });

  it('never sends a participant what they may not see: hidden notes and vote counts stay with the facilitator', async () => {
    const hidden = await createWorkshop(test, admin, { notesHidden: true });
    const alice = test.client();
    const bob = test.client();
    await join(alice, hidden.joinCode);
    await join(bob, hidden.joinCode);
    await setStage(admin, hidden.id, hidden.prompts[0]!.id, 'writing');
    const bobLive = await openLive(test.baseUrl, `/api/v1/workshops/${hidden.id}/live`, bob);
    const facilitatorLive = await openLive(test.baseUrl, `/api/v1/workshops/${hidden.id}/live?view=facilitator`, admin);
    open.push(bobLive, facilitatorLive);
    await alice.api('POST', `/api/v1/workshops/${hidden.id}/notes`, { text: 'Salainen ajatus' });
    await facilitatorLive.waitFor((message) => noteTexts(message.data).includes('Salainen ajatus'));
    const bobView = await bobLive.waitFor((message) => message.data?.walls?.[0]?.hiddenCount === 1);
    assert.ok(!JSON.stringify(bobLive.messages).includes('Salainen ajatus'));
    assert.equal(bobView.data.walls[0].noteCount, 0);
  });

  it('refuses an upgrade from another site, from someone who has not joined, and a participant asking for the console view', async () => {
    await assert.rejects(live(watcher, '', { origin: 'https://evil.example' }), /refused with 403/);
    await assert.rejects(live(test.client()), /refused with 404/);
    await assert.rejects(live(watcher, '?view=facilitator'), /refused with 401/);
    await assert.rejects(live(admin, '?since=abc'), /refused with 422/);
  });

  it('tells the console about votes as merged snapshots while participants see only their own dots', async () => {
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'voting');
    const facilitatorLive = await live(admin, '?view=facilitator');
    const participantLive = await live(watcher);
    await facilitatorLive.waitFor((message) => message.data?.prompt?.stage === 'voting');
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .select('id')
      .where('workshop_id', '=', workshop.id)
      .where('text', '=', 'Purske 1')
      .executeTakeFirstOrThrow();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        writer.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'note', targetId: note.id }),
      ),
    );
    assert.ok(results.every((response) => response.status === 204));
    const counted = await facilitatorLive.waitFor((message) =>
      wallNotes(message.data).some((item) => item.id === note.id && item.votes === 10),
    );
    assert.ok(counted);
    const participantView = await participantLive.waitFor((message) => message.data?.prompt?.stage === 'voting');
    assert.ok(
      wallNotes(participantView.data).every((item) => item.votes === 0),
      'counts are hidden until results',
    );
  });
});
