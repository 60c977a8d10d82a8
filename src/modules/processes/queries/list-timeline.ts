import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { DatePrecision, TimelineKind } from '../tables.ts';

/** An activity on a process's timeline, with the ids of the bodies it is for. */
export interface TimelineItem {
  id: string;
  phaseId: string | null;
  startsOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  datePrecision: DatePrecision;
  kind: TimelineKind;
  title: LocalizedText;
  purpose: LocalizedText;
  responsible: LocalizedText;
  audienceBodyIds: string[];
  createdAt: string;
}

const EMPTY: LocalizedText = { fi: '' };
const PRECISION_ORDER: Record<DatePrecision, number> = { day: 0, month: 1, season: 2 };

/**
 * Chronological order, done here because the engines sort NULL times
 * differently: on the same start date exact days come before "March", and
 * "March" before "autumn"; then by time, then in the order they were added.
 */
export function compareTimelineItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.startsOn.localeCompare(b.startsOn) ||
    PRECISION_ORDER[a.datePrecision] - PRECISION_ORDER[b.datePrecision] ||
    (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** The timeline of a process with each item's audience: two queries whatever their number. */
export async function listTimeline(db: Db, organisationId: string, processId: string): Promise<TimelineItem[]> {
  const [itemRows, audienceRows] = await Promise.all([
    db
      .selectFrom('timeline_items')
      .selectAll()
      .$call(inOrganisation(organisationId, 'timeline_items'))
      .where('process_id', '=', processId)
      .execute(),
    db
      .selectFrom('timeline_item_audiences')
      .innerJoin('timeline_items', 'timeline_items.id', 'timeline_item_audiences.timeline_item_id')
      .select(['timeline_item_audiences.timeline_item_id', 'timeline_item_audiences.body_id'])
      .$call(inOrganisation(organisationId, 'timeline_item_audiences'))
      .where('timeline_items.process_id', '=', processId)
      .execute(),
  ]);
  const audiences = new Map<string, string[]>();
  for (const row of audienceRows) {
    const list = audiences.get(row.timeline_item_id) ?? [];
    list.push(row.body_id);
    audiences.set(row.timeline_item_id, list);
  }
  const items = itemRows.map(
    (row): TimelineItem => ({
      id: row.id,
      phaseId: row.phase_id,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      startTime: row.start_time,
      endTime: row.end_time,
      datePrecision: row.date_precision,
      kind: row.kind,
      title: parseJsonColumn<LocalizedText>(row.title, EMPTY),
      purpose: parseJsonColumn<LocalizedText>(row.purpose, EMPTY),
      responsible: parseJsonColumn<LocalizedText>(row.responsible, EMPTY),
      audienceBodyIds: audiences.get(row.id) ?? [],
      createdAt: row.created_at,
    }),
  );
  return items.sort(compareTimelineItems);
}
