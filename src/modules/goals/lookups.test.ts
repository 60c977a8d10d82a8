import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { listObjectivesForPicker, objectiveExists } from './index.ts';
import { loadFollowUp } from './queries/load-follow-up.ts';

describe('the goals’ look-ups for other modules (index.ts)', () => {
  let test: TestApp;
  let organisationId: string;
  let processId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId as string;
    processId = test.demo.processId as string;
  });
  after(() => test.close());

  it('lists a process’s objectives with their goals in the goals’ order', async () => {
    const options = await listObjectivesForPicker(test.context.db, organisationId, processId);
    const followUp = await loadFollowUp(test.context.db, organisationId, processId);
    assert.equal(options.length, followUp.objectives.length);
    assert.ok(options.length > 0);
    const positions = options.map((option) => followUp.goals.findIndex((goal) => goal.id === option.goalId));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
    );
    assert.ok(options.every((option) => option.title.fi !== '' && option.goalTitle.fi !== ''));
  });

  it('answers an objective of another organisation or process as absent, and nothing for a foreign organisation', async () => {
    const [first] = await listObjectivesForPicker(test.context.db, organisationId, processId);
    assert.ok(first);
    assert.equal(await objectiveExists(test.context.db, organisationId, first.id), true);
    assert.equal(await objectiveExists(test.context.db, organisationId, first.id, processId), true);
    assert.equal(await objectiveExists(test.context.db, organisationId, first.id, 'another-process'), false);
    assert.equal(await objectiveExists(test.context.db, 'another-organisation', first.id), false);
    assert.equal(await objectiveExists(test.context.db, organisationId, 'unknown'), false);
    assert.deepEqual(await listObjectivesForPicker(test.context.db, 'another-organisation', processId), []);
  });
});
