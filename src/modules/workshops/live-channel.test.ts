import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as wait } from 'node:timers/promises';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, join, setStage } from './test-support/fixtures.ts';
import { isShared, type LiveClient, type LiveMessage, noteTexts, openLive, wallNotes } from './test-support/live-client.ts';

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
    // Wait until the room has settled after the earlier tests' notes (on PostgreSQL their signals may still be on the way).
    const { version } = await test.context.db
      .selectFrom('workshops')
      .select('version')
      .where('id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const socket = await live(watcher);
    const seen = await socket.waitFor((message) => isShared(message) && message.version >= version);
    await socket.close();
    const resumed = await live(watcher, `?since=${seen.version}`);
    const current = await resumed.waitFor(() => true);
    assert.equal(current.type, 'current');
    await resumed.close();
    await post(writer, 'Kirjoitettu katkon aikana');
    const again = await live(watcher, `?since=${seen.version}`);
    // The participant's own part may come first; the shared part follows as one snapshot.
    const caughtUp = await again.waitFor((message) => message.type !== 'mine');
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

  it('sends every participant of a wall the same shared bytes, without hidden notes or counts; each gets their own part apart', async () => {
    const hidden = await createWorkshop(test, admin, { notesHidden: true, dotsPerParticipant: 3 });
    const promptId = hidden.prompts[0]!.id;
    const [alice, bob, carol] = [test.client(), test.client(), test.client()];
    for (const phone of [alice, bob, carol]) await join(phone, hidden.joinCode);
    await setStage(admin, hidden.id, promptId, 'writing');
    const url = `/api/v1/workshops/${hidden.id}/live`;
    const [aliceLive, bobLive, carolLive] = await Promise.all([alice, bob, carol].map((phone) => openLive(test.baseUrl, url, phone)));
    open.push(aliceLive!, bobLive!, carolLive!);
    const posted = await alice.api('POST', `/api/v1/workshops/${hidden.id}/notes`, { text: 'Alicen piilolappu' });
    assert.equal(posted.status, 201);
    const noteId = posted.json<{ id: string }>().id;
    const hiddenOne = (message: { type: string; data?: { walls?: Array<{ hiddenCount: number }> } }) =>
      isShared(message as LiveMessage) && message.data?.walls?.[0]?.hiddenCount === 1;
    const shared = await Promise.all([aliceLive!, bobLive!, carolLive!].map((live) => live.waitFor(hiddenOne)));
    const bytes = [aliceLive!, bobLive!, carolLive!].map((live, index) => live.raw[live.messages.indexOf(shared[index]!)]);
    assert.equal(bytes[0], bytes[1], 'the writer and another participant get byte-identical shared payloads');
    assert.equal(bytes[1], bytes[2]);
    assert.ok(!bytes[0]!.includes('Alicen piilolappu'), 'the hidden note is not in the shared payload, not even the writer’s');
    // The writer sees her own note through her own part; the others never receive it.
    const own = await aliceLive!.waitFor((message) => message.type === 'mine' && message.mine.noteIds.includes(noteId));
    assert.deepEqual(noteTexts({ walls: [own.mine.wall] }), ['Alicen piilolappu']);
    for (const live of [bobLive!, carolLive!]) assert.ok(!live.raw.join('').includes('Alicen piilolappu'));
    assert.ok(!bobLive!.raw.join('').includes(noteId));

    // Dots: each participant gets their own dots, never the counts, until results.
    assert.equal((await admin.api('POST', `/api/v1/workshops/${hidden.id}/prompts/${promptId}/reveal`, {})).status, 204);
    await setStage(admin, hidden.id, promptId, 'voting');
    assert.equal((await bob.api('POST', `/api/v1/workshops/${hidden.id}/votes`, { targetType: 'note', targetId: noteId })).status, 200);
    const bobDots = await bobLive!.waitFor((message) => message.type === 'mine' && message.mine.votes[noteId] === 1);
    assert.equal(bobDots.mine.dotsLeft, 2);
    const voting = await carolLive!.waitFor((message) => isShared(message) && message.data.prompt.stage === 'voting');
    assert.ok(wallNotes(voting.data).every((item) => item.votes === 0 && item.myVotes === 0));
    await wait(300);
    const carolLast = carolLive!.messages.filter(isShared).at(-1)!;
    assert.ok(
      wallNotes(carolLast.data).every((item) => item.votes === 0),
      'no counts before results',
    );
    assert.ok(!carolLive!.messages.some((message) => message.type === 'mine' && Object.keys(message.mine.votes).length > 0));
  });

  it('a note the facilitator hides leaves the participants’ and the projector’s parts at the next update; the console keeps it marked hidden', async () => {
    const room = await createWorkshop(test, admin);
    const promptId = room.prompts[0]!.id;
    const [author, other] = [test.client(), test.client()];
    for (const phone of [author, other]) await join(phone, room.joinCode);
    await setStage(admin, room.id, promptId, 'writing');
    const url = `/api/v1/workshops/${room.id}/live`;
    const [authorLive, otherLive, projectorLive, consoleLive] = await Promise.all([
      openLive(test.baseUrl, url, author),
      openLive(test.baseUrl, url, other),
      openLive(test.baseUrl, `${url}?view=projector`, admin),
      openLive(test.baseUrl, `${url}?view=facilitator`, admin),
    ]);
    open.push(authorLive!, otherLive!, projectorLive!, consoleLive!);
    const posted = await author.api('POST', `/api/v1/workshops/${room.id}/notes`, { text: 'Asiaton mainos' });
    assert.equal(posted.status, 201);
    const noteId = posted.json<{ id: string }>().id;
    const viewers = [authorLive!, otherLive!, projectorLive!, consoleLive!];
    const holds = (message: LiveMessage) => isShared(message) && noteTexts(message.data).includes('Asiaton mainos');
    await Promise.all(viewers.map((viewer) => viewer.waitFor(holds)));
    const seen = viewers.map((viewer) => viewer.messages.length);

    assert.equal((await admin.api('POST', `/api/v1/workshops/${room.id}/notes/${noteId}/hide`, {})).status, 204);
    const after = (index: number, predicate: (message: LiveMessage) => boolean) => (message: LiveMessage) =>
      viewers[index]!.messages.indexOf(message) >= seen[index]! && predicate(message);
    const gone = (message: LiveMessage) => isShared(message) && !noteTexts(message.data).includes('Asiaton mainos');
    for (const index of [0, 1, 2]) await viewers[index]!.waitFor(after(index, gone));
    const kept = await consoleLive!.waitFor(
      after(
        3,
        (message) =>
          isShared(message) && wallNotes(message.data).some((note) => note.id === noteId && (note as { hidden?: boolean }).hidden === true),
      ),
    );
    assert.ok(kept, 'the console keeps the note, marked hidden');
    const own = await authorLive!.waitFor(after(0, (message) => message.type === 'mine' && message.mine.hiddenNotes?.length === 1));
    assert.deepEqual(own.mine.hiddenNotes, [{ id: noteId, text: 'Asiaton mainos' }], 'the author alone learns their note was hidden');
    for (const viewer of [otherLive!, projectorLive!]) {
      assert.ok(!viewer.raw.join('').includes('"hidden":true'), 'no hidden marker reaches anyone but the console');
    }
    await wait(300);
    for (const viewer of [otherLive!, projectorLive!]) {
      const last = viewer.messages.filter(isShared).at(-1)!;
      assert.ok(!noteTexts(last.data).includes('Asiaton mainos'));
    }

    const seenAgain = viewers.map((viewer) => viewer.messages.length);
    assert.equal((await admin.api('POST', `/api/v1/workshops/${room.id}/notes/${noteId}/unhide`, {})).status, 204);
    const back = await otherLive!.waitFor(
      (message) =>
        otherLive!.messages.indexOf(message) >= seenAgain[1]! && isShared(message) && noteTexts(message.data).includes('Asiaton mainos'),
    );
    assert.ok(back, 'shown again, the note is back on the participants’ wall');
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
    assert.ok(results.every((response) => response.status === 200));
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
