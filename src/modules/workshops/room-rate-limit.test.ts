import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, join, setStage } from './test-support/fixtures.ts';

/**
 * The room's writes are declared once: the page's forms count against the same limit per
 * participant as the API (the forms had none, so a runaway page could post without end).
 */
describe('the room page’s notes and dots are rate limited like their API twins', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;
  let phone: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin, { dotsPerParticipant: 2 });
    phone = test.client();
    assert.equal((await join(phone, workshop.joinCode)).status, 200);
  });
  after(() => test.close());

  const limitOf = (response: { headers: Headers }) => ({
    limit: response.headers.get('x-ratelimit-limit'),
    remaining: Number(response.headers.get('x-ratelimit-remaining')),
  });

  it('counts the page’s note posts, edits and withdrawals per participant, in every language together', async () => {
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    const first = await phone.postForm(`/fi/workshops/${workshop.id}/notes`, { text: 'Penkkejä rantaan' });
    assert.equal(first.status, 303);
    assert.equal(limitOf(first).limit, '600');
    const second = await phone.postForm(`/sv/workshops/${workshop.id}/notes`, { text: 'Bänkar vid stranden' });
    assert.equal(second.status, 303);
    assert.equal(limitOf(second).remaining, limitOf(first).remaining - 1, 'one limiter for the three languages');
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .select('id')
      .where('workshop_id', '=', workshop.id)
      .where('text', '=', 'Penkkejä rantaan')
      .executeTakeFirstOrThrow();
    const edited = await phone.postForm(`/fi/workshops/${workshop.id}/notes/${note.id}/edit`, { text: 'Penkkejä rantaan!' });
    assert.equal(edited.status, 303);
    assert.equal(limitOf(edited).limit, '600');
    const withdrawn = await phone.postForm(`/fi/workshops/${workshop.id}/notes/${note.id}/withdraw`, {});
    assert.equal(withdrawn.status, 303);
    assert.equal(limitOf(withdrawn).limit, '600');
    // Another phone has its own allowance.
    const other = test.client();
    assert.equal((await join(other, workshop.joinCode)).status, 200);
    const theirs = await other.postForm(`/fi/workshops/${workshop.id}/notes`, { text: 'Valoa polulle' });
    assert.equal(theirs.status, 303);
    assert.equal(limitOf(theirs).remaining, 599);
  });

  it('counts the page’s dots placed and taken back', async () => {
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'voting');
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .select('id')
      .where('workshop_id', '=', workshop.id)
      .where('text', '=', 'Valoa polulle')
      .executeTakeFirstOrThrow();
    const target = { targetType: 'note', targetId: note.id };
    const placed = await phone.postForm(`/fi/workshops/${workshop.id}/votes`, target);
    assert.equal(placed.status, 303);
    assert.equal(limitOf(placed).limit, '600');
    const taken = await phone.postForm(`/fi/workshops/${workshop.id}/votes/remove`, target);
    assert.equal(taken.status, 303);
    assert.equal(limitOf(taken).limit, '600');
  });
});
