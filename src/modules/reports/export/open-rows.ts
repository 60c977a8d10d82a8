import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { pageVisibleTexts } from '../../contributions/index.ts';
import { maskPersonalData } from '../../insights/index.ts';
import type { Phase } from '../../processes/index.ts';
import { groupsOf } from '../participation/count-by-background.ts';
import type { ParticipationFigures } from '../participation/model.ts';

/** Contributions read per statement: large pages keep the round trips few and memory still flat (a page is a few MB). */
const PAGE = 5000;

/** One contribution as open data shows it: numbered afresh, no ids, a masked text, small groups left empty. */
export interface OpenRow {
  number: number;
  channel: string;
  language: string;
  date: string;
  phase: string;
  age_band: string;
  area: string;
  text: string;
}

/** What the rows need: where to read, the process's phases and the figures that say which groups may be named. */
export interface OpenRowsInput {
  db: Db;
  organisationId: string;
  process: { id: string };
  phases: Phase[];
  figures: ParticipationFigures;
}

/** A phase's Finnish name by day ('YYYY-MM-DD'), looked up once per day rather than once per row. */
function phaseNamer(phases: Phase[]): (date: string) => string {
  const known = new Map<string, string>();
  return (date) => {
    let name = known.get(date);
    if (name === undefined) {
      name = localize(phases.find((phase) => phase.startsOn <= date && date <= phase.endsOn)?.title, 'fi');
      known.set(date, name);
    }
    return name;
  };
}

/** The named (not suppressed) age band and area of a contribution; metadata is parsed only when it holds background answers. */
function groupNamer(figures: ParticipationFigures): (metadata: string) => { ageBand: string; area: string } {
  const named = new Set(
    [...figures.breakdowns.ageBand, ...figures.breakdowns.area].filter((row) => row.people !== null).map((row) => row.key),
  );
  const none = { ageBand: '', area: '' };
  return (metadata) => {
    if (named.size === 0 || !metadata.includes('"background"')) return none;
    const found = { ageBand: '', area: '' };
    for (const group of groupsOf(parseJsonColumn<Record<string, unknown>>(metadata, {}))) {
      if ((group.dimension === 'ageBand' || group.dimension === 'area') && !found[group.dimension] && named.has(group.key)) {
        found[group.dimension] = group.label;
      }
    }
    return found;
  };
}

/**
 * The visible contributions as open rows, one page (up to PAGE rows) at a time in id order: each row
 * is built once and written by the CSV and JSON writers without further per-cell work.
 */
export async function* openRowPages(input: OpenRowsInput): AsyncGenerator<OpenRow[]> {
  const phaseOf = phaseNamer(input.phases);
  const groupsIn = groupNamer(input.figures);
  let after = '';
  let number = 0;
  for (;;) {
    const page = await pageVisibleTexts(input.db, input.organisationId, input.process.id, { after, limit: PAGE });
    const rows: OpenRow[] = new Array(page.length);
    for (let index = 0; index < page.length; index += 1) {
      const row = page[index]!;
      const date = row.created_at.slice(0, 10);
      const groups = groupsIn(row.metadata);
      number += 1;
      rows[index] = {
        number,
        channel: row.channel,
        language: row.language,
        date,
        phase: phaseOf(date),
        age_band: groups.ageBand,
        area: groups.area,
        text: maskPersonalData(row.text).text,
      };
    }
    if (rows.length > 0) yield rows;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}
