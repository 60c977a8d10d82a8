import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LiveDemoState } from '../../../demo/rauma-live.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { findApprovedParagraphs } from '../../story/index.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { goalTextOf } from '../story-goal-text.ts';
import { createUnitPerson } from '../test-support/people.ts';

describe('goals imported from the approved story', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId: string;
  const keys: Record<'everyday' | 'vitality' | 'values', string> = { everyday: '', vitality: '', values: '' };

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    processId = test.demo.processId as string;
    const approved = await findApprovedParagraphs(test.context.db, test.demo.organisationId as string, processId);
    const keyOf = (start: string) => approved?.paragraphs.find((paragraph) => paragraph.text.fi.startsWith(start))?.key ?? '';
    keys.everyday = keyOf('**Hyvä arki');
    keys.vitality = keyOf('**Elinvoimainen');
    keys.values = keyOf('Toimimme');
  });
  after(() => test.close());

  it('takes a bold lead as the title and the rest as the description, in every language', () => {
    assert.deepEqual(goalTextOf({ fi: '**Hyvä arki.** Palvelut ovat *lähellä*.', en: '**Good life.** Services close by.' }), {
      title: { fi: 'Hyvä arki', en: 'Good life' },
      description: { fi: 'Palvelut ovat lähellä.', en: 'Services close by.' },
    });
    assert.deepEqual(goalTextOf({ fi: 'Ensimmäinen lause. Toinen lause.' }), {
      title: { fi: 'Ensimmäinen lause' },
      description: { fi: 'Toinen lause.' },
    });
  });

  it('page: offers the approved version’s paragraphs, goals written with a bold lead checked', async () => {
    const page = await admin.get(`/fi/admin/goals/processes/${processId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Päämäärät hyväksytystä tarinasta/);
    assert.match(page.text, new RegExp(`name="paragraphKeys\\[\\]" value="${keys.everyday}" checked`));
    assert.match(page.text, new RegExp(`<label for="[^"]*-${keys.everyday}">Hyvä arki kaikenikäisille</label>`));
    assert.match(page.text, new RegExp(`name="paragraphKeys\\[\\]" value="${keys.values}"/>`));
  });

  it('page: nothing chosen or an unknown paragraph comes back 422 with the choice kept', async () => {
    const none = await admin.postForm(`/fi/admin/goals/processes/${processId}/goals/import`, {});
    assert.equal(none.status, 422);
    assert.match(none.text, /Valitse vähintään yksi kappale\./);
    const unknown = await admin.postForm(`/sv/admin/goals/processes/${processId}/goals/import`, {
      'paragraphKeys[]': [keys.vitality, 'no-such-paragraph'],
    });
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /Detta stycke finns inte i berättelsens godkända version\./);
    assert.match(unknown.text, new RegExp(`value="${keys.vitality}" checked`));
    assert.doesNotMatch(unknown.text, new RegExp(`value="${keys.everyday}" checked`));
  });

  it('page: the chosen paragraphs become goals citing and linking their paragraph; importing again adds nothing', async () => {
    const before = await loadFollowUp(test.context.db, test.demo.organisationId as string, processId);
    const done = await admin.postForm(`/fi/admin/goals/processes/${processId}/goals/import`, {
      'paragraphKeys[]': [keys.everyday, keys.vitality],
    });
    assert.equal(done.status, 303);
    const after = await loadFollowUp(test.context.db, test.demo.organisationId as string, processId);
    const added = after.goals.slice(before.goals.length);
    assert.deepEqual(
      added.map((goal) => [goal.paragraphId, goal.title.fi, goal.title.sv]),
      [
        [keys.everyday, 'Hyvä arki kaikenikäisille', 'En god vardag för alla åldrar'],
        [keys.vitality, 'Elinvoimainen merikaupunki', 'En livskraftig sjöfartsstad'],
      ],
    );
    assert.match(added[0]?.description.fi ?? '', /harrastuksia kävelymatkan päässä/);
    const links = await test.context.db
      .selectFrom('links')
      .select(['from_id', 'relation', 'to_type', 'to_id'])
      .where(
        'from_id',
        'in',
        added.map((goal) => goal.id),
      )
      .execute();
    assert.deepEqual(
      links.map((link) => [link.relation, link.to_type, link.to_id]).sort(),
      [
        ['derived_from', 'story.paragraph', keys.everyday],
        ['derived_from', 'story.paragraph', keys.vitality],
      ].sort(),
    );
    const again = await admin.api('POST', `/api/v1/goals/processes/${processId}/goals/import`, { paragraphKeys: [keys.everyday] });
    assert.equal(again.status, 201);
    assert.deepEqual(again.json(), { ids: [] });
    const page = await admin.get(`/fi/admin/goals/processes/${processId}`);
    assert.doesNotMatch(page.text, new RegExp(`value="${keys.everyday}"`));
  });

  it('refuses a unit manager (403) and a process without an approved story (409)', async () => {
    const units = test.demo.unitIds as Record<string, string>;
    const manager = await createUnitPerson(test, 'tuonti-johtaja', 'unit_manager', units['education-and-culture']!);
    const refused = await manager.client.postForm(`/fi/admin/goals/processes/${processId}/goals/import`, {
      'paragraphKeys[]': keys.values,
    });
    assert.equal(refused.status, 403);
    const live = test.demo.live as LiveDemoState;
    const decided = await test.context.db
      .selectFrom('story_versions')
      .select('id')
      .where('process_id', '=', live.processId)
      .where('status', '=', 'decided')
      .executeTakeFirst();
    assert.equal(decided, undefined);
    const none = await admin.api('POST', `/api/v1/goals/processes/${live.processId}/goals/import`, { paragraphKeys: [keys.everyday] });
    assert.equal(none.status, 409);
    const page = await admin.get(`/en/admin/goals/processes/${live.processId}`);
    assert.match(page.text, /The story has no approved version yet\./);
  });
});
