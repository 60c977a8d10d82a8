import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, detail, join, setStage } from './test-support/fixtures.ts';

describe('workshops API: set-up, joining by code, notes, stages', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin);
  });
  after(() => test.close());

  it('creates a workshop with a short join code, its prompts pending', () => {
    assert.match(workshop.joinCode, /^[A-Z2-9]{6}$/);
    assert.equal(workshop.prompts.length, 2);
    assert.ok(workshop.prompts.every((prompt) => prompt.stage === 'pending'));
  });

  it('joins without an account by code (case and spaces forgiven); a wrong code is a clear 404', async () => {
    const phone = test.client({ 'accept-language': 'fi' });
    const joined = await join(phone, ` ${workshop.joinCode.toLowerCase().slice(0, 3)} ${workshop.joinCode.toLowerCase().slice(3)} `);
    assert.equal(joined.status, 200, joined.text);
    const wrong = await join(test.client({ 'accept-language': 'fi' }), 'ZZZZZZ');
    assert.equal(wrong.status, 404);
    assert.match(detail(wrong), /koodi/i);
  });

  it('posts a note only while writing is open, within the length limit, and records a contribution', async () => {
    const phone = test.client({ 'accept-language': 'fi' });
    await join(phone, workshop.joinCode);
    const early = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Meri ja satama' });
    assert.equal(early.status, 409);
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    const posted = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Meri ja satama' });
    assert.equal(posted.status, 201, posted.text);
    const long = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'x'.repeat(121) });
    assert.equal(long.status, 422);
    assert.match(long.text, /120/);
    const { id } = posted.json<{ id: string }>();
    const contribution = await test.context.db
      .selectFrom('contributions')
      .selectAll()
      .where('source_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(contribution.channel, 'workshop');
    assert.equal(contribution.text, 'Meri ja satama');
    assert.equal(JSON.parse(contribution.metadata).promptId, workshop.prompts[0]!.id);
  });

  it('keeps each note’s contribution up to date with its prompt, group, cluster and dots as the session goes on', async () => {
    const grouped = await createWorkshop(test, admin, { groups: [{ name: 'Pöytä A' }, { name: 'Pöytä B' }], dotsPerParticipant: 2 });
    const promptId = grouped.prompts[0]!.id;
    const tableB = grouped.groups.find((group) => group.name === 'Pöytä B')!;
    const phone = test.client({ 'accept-language': 'fi' });
    assert.equal((await join(phone, grouped.joinCode, { groupId: tableB.id })).status, 200);
    await setStage(admin, grouped.id, promptId, 'writing');
    const posted = await phone.api('POST', `/api/v1/workshops/${grouped.id}/notes`, { text: 'Pyörätiet kuntoon' });
    assert.equal(posted.status, 201, posted.text);
    const lone = await phone.api('POST', `/api/v1/workshops/${grouped.id}/notes`, { text: 'Uimahalli' });
    const noteId = posted.json<{ id: string }>().id;
    const metadataOf = async (id: string) =>
      JSON.parse(
        (await test.context.db.selectFrom('contributions').select('metadata').where('source_id', '=', id).executeTakeFirstOrThrow())
          .metadata,
      );
    assert.deepEqual(
      { prompt: (await metadataOf(noteId)).prompt, group: (await metadataOf(noteId)).group, cluster: (await metadataOf(noteId)).cluster },
      { prompt: 'Mikä Raumassa on parasta?', group: 'Pöytä B', cluster: null },
    );
    const cluster = await admin.api('POST', `/api/v1/workshops/${grouped.id}/clusters`, { name: 'Liikenne', groupId: tableB.id });
    assert.equal(cluster.status, 201, cluster.text);
    const clusterId = cluster.json<{ id: string }>().id;
    const moved = await admin.api('POST', `/api/v1/workshops/${grouped.id}/notes/${noteId}/move`, { clusterId });
    assert.equal(moved.status, 204, moved.text);
    assert.equal((await metadataOf(noteId)).cluster, 'Liikenne');
    assert.equal((await metadataOf(noteId)).clusterId, clusterId);
    await setStage(admin, grouped.id, promptId, 'voting');
    const loneId = lone.json<{ id: string }>().id;
    for (const target of [
      { targetType: 'cluster', targetId: clusterId },
      { targetType: 'note', targetId: loneId },
    ]) {
      const voted = await phone.api('POST', `/api/v1/workshops/${grouped.id}/votes`, target);
      assert.equal(voted.status, 200, voted.text);
    }
    await setStage(admin, grouped.id, promptId, 'results');
    assert.equal((await metadataOf(noteId)).clusterVotes, 1);
    assert.equal((await metadataOf(loneId)).votes, 1);
    assert.equal((await metadataOf(loneId)).group, 'Pöytä B');
  });

  it('refuses a flood of posts from one phone with 429 and a clear message, and keeps every accepted note', async () => {
    const phone = test.client({ 'accept-language': 'fi' });
    await join(phone, workshop.joinCode);
    const responses = [];
    for (let index = 0; index < 22; index += 1) {
      responses.push(await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: `Tulva ${index}` }));
    }
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((status) => status === 201).length, 20);
    const refused = responses.find((response) => response.status === 429)!;
    assert.match(detail(refused), /monta lappua hyvin nopeasti/);
    const stored = await test.context.db.selectFrom('workshop_notes').select('id').where('text', 'like', 'Tulva %').execute();
    assert.equal(stored.length, 20);
  });

  it('lets a hall of phones behind one address join (the limits count participants, not the address), and refuses one phone repeating its join with 429', async () => {
    // Every test client comes from 127.0.0.1, like phones behind one NAT address.
    const phones = Array.from({ length: 130 }, () => test.client({ 'accept-language': 'fi' }));
    for (const phone of phones) {
      const joined = await join(phone, workshop.joinCode);
      assert.equal(joined.status, 200, joined.text);
    }
    const repeater = phones[0]!;
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof join>> | undefined;
    for (let attempt = 0; attempt < 121; attempt += 1) {
      const response = await join(repeater, workshop.joinCode);
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    assert.equal(statuses.filter((status) => status === 200).length, 120, 'a participant may repeat its join 120 times a minute');
    assert.equal(statuses.at(-1), 429);
    assert.match(detail(refused!), /Liian monta yritystä/);
    const other = await join(phones[1]!, workshop.joinCode);
    assert.equal(other.status, 200, 'the other phones on the same address are not refused');
  });

  it('holds the dot limit under concurrent taps: exactly the allowed dots are placed, the rest are a clear 409', async () => {
    const phone = test.client({ 'accept-language': 'fi' });
    await join(phone, workshop.joinCode);
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .select('id')
      .where('text', '=', 'Meri ja satama')
      .executeTakeFirstOrThrow();
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'voting');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        phone.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'note', targetId: note.id }),
      ),
    );
    const placed = responses.filter((response) => response.status === 200);
    assert.equal(placed.length, 3);
    // Each answer tells the phone its own dots so far; taken together they count 1, 2 and 3 dots.
    const answers = placed.map((response) => response.json<{ votes: Record<string, number>; dotsLeft: number }>());
    assert.deepEqual(answers.map((answer) => answer.dotsLeft).sort(), [0, 1, 2]);
    assert.deepEqual(answers.map((answer) => answer.votes[note.id]).sort(), [1, 2, 3]);
    const refused = responses.filter((response) => response.status === 409);
    assert.equal(refused.length, 7);
    assert.match(detail(refused[0]!), /kaikki 3 pistettäsi/);
    const votes = await test.context.db.selectFrom('workshop_votes').select('id').where('workshop_id', '=', workshop.id).execute();
    assert.equal(votes.length, 3);
  });

  it('decides dots that arrive together from many phones each as it would alone: limits per phone, a bad target refused alone', async () => {
    const phones = Array.from({ length: 4 }, () => test.client({ 'accept-language': 'fi' }));
    for (const phone of phones) await join(phone, workshop.joinCode);
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .select('id')
      .where('text', '=', 'Meri ja satama')
      .executeTakeFirstOrThrow();
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'voting');
    const before = await test.context.db.selectFrom('workshop_votes').select('id').where('workshop_id', '=', workshop.id).execute();
    const vote = (phone: (typeof phones)[number], targetId: string) =>
      phone.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'note', targetId });
    const unknownNote = '00000000-0000-4000-8000-000000000000';
    const responses = await Promise.all(
      phones.flatMap((phone) => [...Array.from({ length: 4 }, () => vote(phone, note.id)), vote(phone, unknownNote)]),
    );
    for (const [index] of phones.entries()) {
      const own = responses.slice(index * 5, index * 5 + 5).map((response) => response.status);
      assert.deepEqual(own.slice(0, 4).sort(), [200, 200, 200, 409], `phone ${index}: three dots placed, the fourth refused`);
      assert.equal(own[4], 404, `phone ${index}: the unknown note is refused alone`);
    }
    const after = await test.context.db.selectFrom('workshop_votes').select('id').where('workshop_id', '=', workshop.id).execute();
    assert.equal(after.length - before.length, 12);
  });

  it('answers bad input with 4xx, never 500: unknown note, foreign wall, malformed ids and bodies', async () => {
    const phone = test.client({ 'accept-language': 'fi' });
    await join(phone, workshop.joinCode);
    const unknown = await phone.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'note', targetId: 'ei-ole' });
    assert.equal(unknown.status, 404);
    const malformed = await phone.api('POST', `/api/v1/workshops/${workshop.id}/votes`, { targetType: 'everything', targetId: 1 });
    assert.equal(malformed.status, 422);
    const empty = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: '   ' });
    assert.equal(empty.status, 422);
    const notAnId = await phone.api('GET', '/api/v1/workshops/not-a-uuid');
    assert.equal(notAnId.status, 404);
    const badStage = await admin.api('POST', `/api/v1/workshops/${workshop.id}/prompts/${workshop.prompts[0]!.id}/stage`, {
      stage: 'finished',
    });
    assert.equal(badStage.status, 422);
    const moveElsewhere = await admin.api(
      'POST',
      `/api/v1/workshops/${workshop.id}/notes/${'0'.repeat(8)}-0000-0000-0000-000000000000/move`,
      { clusterId: null },
    );
    assert.equal(moveElsewhere.status, 404);
  });
});
