import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { JobRunner } from '../../../platform/jobs/runner.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createTestChannel, statementIds, vote } from '../test-support/fixtures.ts';
import { RECOMPUTATION } from './claim-recomputation.ts';
import { opinionGroupsJob } from './opinion-groups-job.ts';
import { recomputeOpinionGroups } from './recompute-opinion-groups.ts';

describe('the opinion groups job, run by the platform’s job runner', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
  });
  after(() => test.close());

  const snapshotCount = async (id: string) =>
    (await test.context.db.selectFrom('statement_snapshots').select('id').where('channel_id', '=', id).execute()).length;

  it('is declared in the manifest and computes a channel once the debounce after its votes has passed', async () => {
    assert.ok(test.context.jobs.includes(opinionGroupsJob));
    const channelId = await createTestChannel(test, {}, 3);
    await recomputeOpinionGroups(test.context, channelId);
    const before = await snapshotCount(channelId);
    const client = test.client();
    for (const id of await statementIds(client, channelId)) assert.equal((await vote(client, channelId, id, 'agree')).status, 200);
    const channel = await test.context.db
      .selectFrom('statement_channels')
      .selectAll()
      .where('id', '=', channelId)
      .executeTakeFirstOrThrow();
    assert.ok(channel.recompute_requested_at);
    const requested = Date.parse(channel.recompute_requested_at);

    const clock = fixedClock(new Date(requested));
    const runner = new JobRunner({ ...test.context, clock }, [opinionGroupsJob], (error) => assert.fail(String(error)), 3_600_000);
    await runner.start();
    try {
      clock.set(new Date(requested + RECOMPUTATION.intervalMs));
      assert.deepEqual(await runner.runDue(), ['statements.opinion-groups']);
      assert.equal(await snapshotCount(channelId), before, 'not yet: votes may still be coming');
      clock.set(new Date(requested + RECOMPUTATION.debounceMs + RECOMPUTATION.intervalMs));
      assert.deepEqual(await runner.runDue(), ['statements.opinion-groups']);
      assert.equal(await snapshotCount(channelId), before + 1);
    } finally {
      await runner.stop();
    }
  });
});
