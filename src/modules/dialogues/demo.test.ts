import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';

describe('the demo’s May 2013 dialogue round', () => {
  let test: TestApp;
  let admin: TestClient;
  let roundId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    roundId = test.demo.dialogueRoundId as string;
  });
  after(() => test.close());

  it('has held (one late), opened and never opened work communities, commitments and contributions', async () => {
    const records = await test.context.db
      .selectFrom('dialogue_records')
      .select(['status', 'late'])
      .where('round_id', '=', roundId)
      .execute();
    assert.ok(records.some((record) => record.status === 'held' && record.late === 0));
    assert.ok(records.some((record) => record.status === 'held' && record.late === 1));
    assert.ok(records.some((record) => record.status === 'under_way'));
    const commitments = await test.context.db.selectFrom('dialogue_commitments').select('id').where('round_id', '=', roundId).execute();
    assert.ok(commitments.length > 3);
    const contributions = await test.context.db.selectFrom('contributions').select('id').where('channel', '=', 'dialogue').execute();
    assert.ok(contributions.length > 10);
  });

  it('its coverage page and guide answer in fi, sv and en', async () => {
    for (const locale of ['fi', 'sv', 'en']) {
      const coverage = await admin.get(`/${locale}/admin/dialogues/${roundId}/coverage`);
      assert.equal(coverage.status, 200, locale);
      const guide = await admin.get(`/${locale}/dialogues/${roundId}`);
      assert.equal(guide.status, 200, locale);
    }
    const en = await admin.get(`/en/admin/dialogues/${roundId}/coverage`);
    assert.match(en.text, /REAL work-community dialogue, May 2013/);
    assert.match(en.text, /Overdue/);
    assert.match(en.text, /recorded late/);
  });
});
