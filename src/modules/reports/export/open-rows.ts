import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { pageVisibleTexts, type VisibleText } from '../../contributions/index.ts';
import { maskPersonalData } from '../../insights/index.ts';
import type { Phase } from '../../processes/index.ts';
import { groupsOf } from '../participation/count-by-background.ts';
import type { ParticipationFigures } from '../participation/model.ts';

/** Contributions read per statement: large pages keep the round trips few and memory still flat (a page is a few MB). */
const PAGE = 5000;
/** Distinct metadata texts remembered with their groups (a bound, so memory stays flat on any data). */
const KNOWN_METADATA = 10_000;

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
  // Answers to one question by people of one background share their metadata text: parse each text once.
  const known = new Map<string, { ageBand: string; area: string }>();
  return (metadata) => {
    if (named.size === 0 || !metadata.includes('"background"')) return none;
    let found = known.get(metadata);
    if (found) return found;
    found = { ageBand: '', area: '' };
    for (const group of groupsOf(parseJsonColumn<Record<string, unknown>>(metadata, {}))) {
      if ((group.dimension === 'ageBand' || group.dimension === 'area') && !found[group.dimension] && named.has(group.key)) {
        found[group.dimension] = group.label;
      }
    }
    if (known.size >= KNOWN_METADATA) known.clear();
    known.set(metadata, found);
    return found;
  };
}

/**
 * The visible contributions as open rows, one page (up to `pageSize` rows) at a time in id order: each row
 * is built once and written by the CSV and JSON writers without further per-cell work. The next page
 * is asked for before this one is built, so the database reads it while the rows are made and
 * written (memory holds two pages).
 */
export async function* openRowPages(input: OpenRowsInput, pageSize = PAGE): AsyncGenerator<OpenRow[]> {
  const phaseOf = phaseNamer(input.phases);
  const groupsIn = groupNamer(input.figures);
  const read = (after: string) => pageVisibleTexts(input.db, input.organisationId, input.process.id, { after, limit: pageSize });
  let next: Promise<VisibleText[]> | undefined = read('');
  let number = 0;
  try {
    while (next) {
      const page: VisibleText[] = await next;
      next = page.length < pageSize ? undefined : read(page[page.length - 1]!.id);
      const rows = buildRows(page, number, phaseOf, groupsIn);
      number += rows.length;
      if (rows.length > 0) yield rows;
    }
  } finally {
    // A reader that stops early leaves a page asked for: its failure is not this reader's any more.
    next?.catch(() => undefined);
  }
}

/** One page's open rows, numbered on from `numbered`. */
function buildRows(
  page: VisibleText[],
  numbered: number,
  phaseOf: (date: string) => string,
  groupsIn: (metadata: string) => { ageBand: string; area: string },
): OpenRow[] {
  let number = numbered;
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
  return rows;
}
