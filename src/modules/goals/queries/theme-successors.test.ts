import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { addLinks } from '../../contributions/index.ts';
import { GOAL_LINKS } from '../trace-types.ts';
import { followThemeSuccessors, listThemeAncestors } from './theme-successors.ts';

const theme = (id: string) => ({ type: GOAL_LINKS.theme, id });

describe('a goal’s themes through merges and splits', () => {
  let test: TestApp;
  let organisationId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId as string;
    // a was merged into b, which was later split into b and c; d was never edited.
    await addLinks(
      test.context.db,
      organisationId,
      [
        { from: theme('a'), relation: GOAL_LINKS.mergedInto, to: theme('b') },
        { from: theme('b'), relation: GOAL_LINKS.splitInto, to: theme('c') },
      ],
      new Date(),
    );
  });
  after(() => test.close());

  it('a link to a merged theme follows it; a split keeps both parts', async () => {
    assert.deepEqual([...(await followThemeSuccessors(test.context.db, organisationId, ['a', 'd']))].sort(), ['b', 'c', 'd']);
    assert.deepEqual([...(await followThemeSuccessors(test.context.db, organisationId, ['b']))].sort(), ['b', 'c']);
  });

  it('the other way: the themes a current theme came from, itself included', async () => {
    const ancestors = await listThemeAncestors(test.context.db, organisationId, ['c', 'd']);
    assert.deepEqual([...(ancestors.get('c') ?? [])].sort(), ['a', 'b', 'c']);
    assert.deepEqual([...(ancestors.get('d') ?? [])], ['d']);
  });

  it('another organisation’s links are not followed', async () => {
    assert.deepEqual([...(await followThemeSuccessors(test.context.db, 'another-organisation', ['a']))], ['a']);
  });
});
