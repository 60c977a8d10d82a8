import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { COVERAGE_STATUSES, type CoverageStatus } from '../model.ts';
import type { CoverageRecord } from './list-coverage-records.ts';
import type { RoundCommunity } from './round-communities.ts';

/** One work community's line of the coverage. */
export interface CoverageRow {
  community: RoundCommunity;
  status: CoverageStatus;
  record: CoverageRecord | undefined;
  commitments: number;
}

/** Counts of a group of work communities: by status, participants of held dialogues, and headcount. */
export interface CoverageCounts {
  total: number;
  byStatus: Record<CoverageStatus, number>;
  /** Participants of the held dialogues. */
  participants: number;
  /** The work communities' typed headcounts (organisations' units). */
  headcount: number;
  commitments: number;
}

/** The coverage of a round as the reader may see it: each work community, each top-level unit, and all together. */
export interface Coverage {
  rows: CoverageRow[];
  units: Array<{ id: string; name: LocalizedText; counts: CoverageCounts }>;
  overall: CoverageCounts;
}

function emptyCounts(): CoverageCounts {
  const byStatus = Object.fromEntries(COVERAGE_STATUSES.map((status) => [status, 0])) as Record<CoverageStatus, number>;
  return { total: 0, byStatus, participants: 0, headcount: 0, commitments: 0 };
}

function add(counts: CoverageCounts, row: CoverageRow): void {
  counts.total += 1;
  counts.byStatus[row.status] += 1;
  counts.headcount += row.community.headcount;
  counts.commitments += row.commitments;
  if (row.status === 'held') counts.participants += row.record?.participants ?? 0;
}

/** Sums the rows by top-level unit (in tree order) and overall. */
export function summariseCoverage(rows: CoverageRow[]): Coverage {
  const overall = emptyCounts();
  const units = new Map<string, { id: string; name: LocalizedText; counts: CoverageCounts }>();
  for (const row of rows) {
    add(overall, row);
    const top = row.community.topUnit;
    const unit = units.get(top.id) ?? { id: top.id, name: top.name, counts: emptyCounts() };
    add(unit.counts, row);
    units.set(top.id, unit);
  }
  return { rows, units: [...units.values()], overall };
}
