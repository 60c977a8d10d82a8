import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { recordContributions, type TimedContributionInput } from '../../contributions/index.ts';
import { createProcessForTest } from '../test-support/process.ts';
import { countByBackground } from './count-by-background.ts';
import { loadParticipationFigures } from './load-figures.ts';

describe('participation figures', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('counts a signed-in person once across channels, a key once; suppresses background groups under five', async () => {
    const organisationId = test.demo.organisationId!;
    const process = await createProcessForTest(test, 'luvut');
    const adminId = test.demo.adminUserId!;
    const background = (code: string) => [
      { kind: 'age_band', questionCode: 'ika', value: [code], label: code === 'a' ? 'Alle 30' : 'Yli 30' },
    ];
    const at = new Date('2026-03-10T12:00:00Z');
    const inputs: TimedContributionInput[] = [
      // The admin in two channels: one person.
      {
        organisationId,
        processId: process.id,
        channel: 'survey',
        sourceType: 't',
        sourceId: 's1',
        authorUserId: adminId,
        language: 'fi',
        text: 'yksi',
        at,
      },
      {
        organisationId,
        processId: process.id,
        channel: 'workshop',
        sourceType: 't',
        sourceId: 's2',
        authorUserId: adminId,
        language: 'fi',
        text: 'kaksi',
        at,
      },
      // Five keys in age band a (shown), four in b (suppressed).
      ...Array.from(
        { length: 9 },
        (_, index): TimedContributionInput => ({
          organisationId,
          processId: process.id,
          channel: 'survey',
          sourceType: 't',
          sourceId: `k${index}`,
          authorUserId: null,
          participantKey: `key-${index}`,
          language: 'fi',
          text: 'teksti',
          metadata: { background: background(index < 5 ? 'a' : 'b') },
          at: new Date('2026-04-02T08:00:00Z'),
        }),
      ),
    ];
    await recordContributions(test.context.db, inputs, at);
    const figures = await loadParticipationFigures(test.context, organisationId, process, 'fi');
    assert.equal(figures.people, 10);
    assert.equal(figures.contributions, 11);
    assert.deepEqual(
      figures.breakdowns.channel.map((row) => [row.key, row.people, row.contributions]),
      [
        ['survey', 10, 10],
        ['workshop', 1, 1],
      ],
    );
    assert.deepEqual(
      figures.breakdowns.month.map((row) => [row.key, row.people]),
      [
        ['2026-03', 1],
        ['2026-04', 9],
      ],
    );
    assert.deepEqual(
      figures.breakdowns.ageBand.map((row) => [row.label, row.people, row.contributions]),
      [
        ['Alle 30', 5, 5],
        ['Yli 30', null, null],
      ],
    );
  });

  it('counts background groups alike whatever the page size: a person over several pages is one person', async () => {
    const organisationId = test.demo.organisationId!;
    const process = await createProcessForTest(test, 'sivut');
    const adminId = test.demo.adminUserId!;
    // Seven contributions of three people in area "keskusta", two of one in "uotila", and two without background.
    const inputs = Array.from(
      { length: 11 },
      (_, index): TimedContributionInput => ({
        organisationId,
        processId: process.id,
        channel: index % 2 === 0 ? 'survey' : 'dialogue',
        sourceType: 't',
        sourceId: `p${index}`,
        authorUserId: index % 3 === 0 ? adminId : null,
        participantKey: `page-key-${index % 3}`,
        language: 'fi',
        text: 'teksti',
        metadata:
          index >= 9
            ? {}
            : {
                background: [
                  { kind: 'home_area', questionCode: 'alue', value: [index < 7 ? 'k' : 'u'], label: index < 7 ? 'keskusta' : 'uotila' },
                ],
              },
        at: new Date('2026-05-01T08:00:00Z'),
      }),
    );
    await recordContributions(test.context.db, inputs, new Date());
    const whole = await countByBackground(test.context.db, organisationId, process.id);
    assert.deepEqual(
      whole.area.map((row) => [row.label, row.people, row.contributions]),
      [
        ['keskusta', 3, 7],
        ['uotila', 2, 2],
      ],
    );
    for (const batch of [1, 2, 3]) assert.deepEqual(await countByBackground(test.context.db, organisationId, process.id, batch), whole);
  });

  it('the dashboard: the coordinator sees charts and tables in fi/sv/en; others are refused', async () => {
    const admin = await test.adminClient();
    const slug = test.demo.processSlug!;
    for (const [locale, word] of [
      ['fi', 'Osallistujia'],
      ['sv', 'Deltagare'],
      ['en', 'Participants'],
    ] as const) {
      const page = await admin.get(`/${locale}/admin/reports/${slug}/participation`);
      assert.equal(page.status, 200);
      assert.match(page.text, /<svg class="chart" role="img"/);
      assert.match(page.text, /<table class="data-table">/);
      assert.match(page.text, new RegExp(`<th scope="col" class="text-right">${word}</th>`));
    }
    assert.equal((await test.client().get(`/fi/admin/reports/${slug}/participation`)).status, 303);
    assert.equal((await admin.get('/fi/admin/reports/no-such-process/participation')).status, 404);
  });
});
