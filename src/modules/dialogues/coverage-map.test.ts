import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { COVERAGE_STATUSES } from './model.ts';
import { type CoverageRow, summariseCoverage } from './queries/round-coverage.ts';
import { layoutCoverageMap, MAP_COLUMNS, MAP_LABEL, MAP_ROW } from './views/coverage-map-layout.ts';

/** Coverage rows of work communities under some top-level units, each with a status. */
const rowsArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(...COVERAGE_STATUSES)), { maxLength: 300 })
  .map((communities) =>
    communities.map(
      ([unit, status], index): CoverageRow => ({
        community: {
          id: `community-${index}`,
          name: { fi: `Työyhteisö ${index}` },
          headcount: 10,
          path: [`community-${index}`, `unit-${unit}`],
          topUnit: { id: `unit-${unit}`, name: { fi: `Yksikkö ${unit}` } },
        },
        status,
        record: undefined,
        commitments: 0,
      }),
    ),
  );

describe('the coverage map’s layout', () => {
  it('places every work community once, inside its unit’s block, blocks one below another, held first', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const coverage = summariseCoverage(rows);
        const { blocks, height } = layoutCoverageMap(coverage);
        assert.equal(blocks.length, coverage.units.length);
        assert.deepEqual(blocks.flatMap((block) => block.cells.map((cell) => cell.id)).sort(), rows.map((row) => row.community.id).sort());
        let bottom = 0;
        for (const block of blocks) {
          assert.ok(block.y >= bottom, 'a block starts below the one before');
          const positions = new Set(block.cells.map((cell) => `${cell.column}:${cell.row}`));
          assert.equal(positions.size, block.cells.length, 'no two squares on one place');
          assert.ok(block.cells.every((cell) => cell.column >= 0 && cell.column < MAP_COLUMNS));
          const order = block.cells.map((cell) => COVERAGE_STATUSES.indexOf(cell.status));
          assert.deepEqual(
            order,
            [...order].sort((a, b) => a - b),
          );
          for (const status of COVERAGE_STATUSES) {
            assert.equal(block.cells.filter((cell) => cell.status === status).length, block.counts.byStatus[status]);
          }
          bottom = block.y + MAP_LABEL + Math.ceil(block.cells.length / MAP_COLUMNS) * MAP_ROW;
        }
        assert.ok(height >= bottom, 'the map is tall enough for its last block');
      }),
    );
  });
});
