import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { DatePrecision, TimelineKind } from '../tables.ts';
import '../tables.ts';

/** A timeline item with its audience bodies, as admin pages and the write API see it. */
export interface AdminTimelineItem {
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
}

const text = (value: string) => parseJsonColumn<LocalizedText>(value, { fi: '' });

/** The timeline of a process in date order, each item with its audience (two queries). */
export async function listTimelineForAdmin(
  db: Db,
  organisationId: string,
  processId: string,
  itemId?: string,
): Promise<AdminTimelineItem[]> {
  let query = db
    .selectFrom('timeline_items')
    .selectAll()
    .$call(inOrganisation(organisationId, 'timeline_items'))
    .where('process_id', '=', processId);
  if (itemId !== undefined) query = query.where('id', '=', itemId);
  const rows = await query.orderBy('starts_on').orderBy('start_time').orderBy('created_at').orderBy('id').execute();
  const ids = rows.map((row) => row.id);
  const audiences =
    ids.length === 0
      ? []
      : await db
          .selectFrom('timeline_item_audiences')
          .select(['timeline_item_id', 'body_id'])
          .$call(inOrganisation(organisationId, 'timeline_item_audiences'))
          .where('timeline_item_id', 'in', ids)
          .execute();
  return rows.map((row) => ({
    id: row.id,
    phaseId: row.phase_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    datePrecision: row.date_precision,
    kind: row.kind,
    title: text(row.title),
    purpose: text(row.purpose),
    responsible: text(row.responsible),
    audienceBodyIds: audiences.filter((audience) => audience.timeline_item_id === row.id).map((audience) => audience.body_id),
  }));
}

/** One timeline item of a process, or undefined. */
export async function findTimelineItemForAdmin(
  db: Db,
  organisationId: string,
  processId: string,
  itemId: string,
): Promise<AdminTimelineItem | undefined> {
  const [item] = await listTimelineForAdmin(db, organisationId, processId, itemId);
  return item;
}
