import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type AudienceCast, audienceCast, deletedBodyId } from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient, TestResponse } from '../../platform/testing/test-client.ts';
import { createTestChannel, statementIds, vote } from './test-support/fixtures.ts';

/** `deactivated` left the organisation after signing in: their old session makes them a visitor. */
type Who = 'anonymous' | 'resident' | 'unitStaff' | 'subUnitStaff' | 'otherStaff' | 'bodyMember' | 'deactivated';
const EVERYONE: Who[] = ['anonymous', 'resident', 'unitStaff', 'subUnitStaff', 'otherStaff', 'bodyMember', 'deactivated'];
const VISITORS: Who[] = ['anonymous', 'deactivated'];
const SIGNED_IN: Who[] = EVERYONE.filter((who) => !VISITORS.includes(who));
const STAFF: Who[] = ['unitStaff', 'subUnitStaff', 'otherStaff'];

describe('statements channel audiences with real people: who votes, who is refused in words', () => {
  let test: TestApp;
  let admin: TestClient;
  let cast: AudienceCast;
  let bodies: Record<string, string>;

  const clientOf = (who: Who) => (who === 'anonymous' ? cast.anonymous : cast[who].client);
  const detail = (response: TestResponse) => response.json<{ detail: string }>().detail;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    cast = await audienceCast(test, 'st');
    bodies = test.demo.bodyIds as Record<string, string>;
  });
  after(() => test.close());

  const table: Array<{ audience: string; bodyIds?: () => string[]; allowed: Who[]; refusal?: RegExp }> = [
    { audience: 'anyone', allowed: EVERYONE },
    { audience: 'signed_in', allowed: SIGNED_IN },
    { audience: 'staff', allowed: STAFF, refusal: /vain kaupungin henkilöstö/ },
    {
      audience: 'bodies',
      bodyIds: () => [bodies.council as string],
      allowed: ['bodyMember'],
      refusal: /vain valittujen toimielinten jäsenet/,
    },
  ];

  for (const row of table) {
    it(`${row.audience}: ${row.allowed.join(', ')} vote; the others are refused`, async () => {
      const channelId = await createTestChannel(test, { audience: row.audience as never, audienceBodyIds: row.bodyIds?.() ?? [] }, 1);
      const [statementId] = await statementIds(admin, channelId);
      for (const who of EVERYONE) {
        const response = await vote(clientOf(who), channelId, statementId as string, 'agree');
        if (row.allowed.includes(who)) {
          assert.equal(response.status, 200, `${who}: ${response.text}`);
          continue;
        }
        const expected = VISITORS.includes(who) ? 401 : 403;
        assert.equal(response.status, expected, `${who}: ${response.text}`);
        if (expected === 403) assert.match(detail(response), row.refusal as RegExp, who);
        const added = await clientOf(who).api('POST', `/api/v1/statements/${channelId}/statements`, { text: 'Lisää penkkejä torille.' });
        assert.equal(added.status, expected, `${who} adding a statement: ${added.text}`);
      }
    });
  }

  it('the refusal is in the person’s language', async () => {
    const channelId = await createTestChannel(test, { audience: 'staff' }, 1);
    const [statementId] = await statementIds(admin, channelId);
    const english = test.client({ 'accept-language': 'en' });
    await english.signIn(cast.bodyMember.email, 'yleisötestin-salasana');
    const response = await vote(english, channelId, statementId as string, 'agree');
    assert.equal(response.status, 403);
    assert.match(detail(response), /Only the city’s staff may take part here/);
  });

  it('an audience naming a deleted body is refused with 422 when the channel is set up and when it is changed', async () => {
    const goneBody = await deletedBodyId(test, admin);
    const processId = test.demo.processId as string;
    const settings = (bodyIds: string[]) => ({
      'question.fi': 'Mitä torille pitäisi tehdä?',
      status: 'published',
      audience: 'bodies',
      'audienceBodyIds[]': bodyIds,
      moderation: 'before',
      opensAt: '',
      closesAt: '',
    });
    const created = await admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
      ...settings([bodies.council as string, goneBody]),
      seedStatements: 'Väite',
      seedLanguage: 'fi',
    });
    assert.equal(created.status, 422);
    assert.match(created.text, /<div class="error-summary"/);
    const channelId = await createTestChannel(test, { audience: 'bodies', audienceBodyIds: [bodies.council as string] }, 1);
    const updated = await admin.postForm(`/fi/admin/statements/${channelId}`, settings([goneBody]));
    assert.equal(updated.status, 422);
    assert.match(updated.text, /href="#field-audienceBodyIds/);
    const kept = await admin.postForm(`/fi/admin/statements/${channelId}`, settings([bodies.board as string]));
    assert.equal(kept.status, 303, 'the same form with a body that exists is saved');
  });
});
