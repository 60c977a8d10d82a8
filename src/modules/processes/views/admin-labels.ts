import type { BodyKind, DatePrecision, ProcessVisibility, TimelineKind } from '../tables.ts';

/** Message keys of the visibilities. */
export const VISIBILITY_LABELS: Record<ProcessVisibility, string> = {
  draft: 'processes.admin.visibility.draft',
  public: 'processes.admin.visibility.public',
  internal: 'processes.admin.visibility.internal',
};

/** Message keys of the body kinds. */
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  council: 'processes.admin.bodyKind.council',
  board: 'processes.admin.bodyKind.board',
  steering_group: 'processes.admin.bodyKind.steeringGroup',
  coordination_group: 'processes.admin.bodyKind.coordinationGroup',
  project_group: 'processes.admin.bodyKind.projectGroup',
  stakeholder_panel: 'processes.admin.bodyKind.stakeholderPanel',
  staff: 'processes.admin.bodyKind.staff',
  residents: 'processes.admin.bodyKind.residents',
  other: 'processes.admin.bodyKind.other',
};

/** Message keys of the timeline kinds. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  information: 'processes.admin.timelineKind.information',
  meeting: 'processes.admin.timelineKind.meeting',
  communication: 'processes.admin.timelineKind.communication',
  workshop: 'processes.admin.timelineKind.workshop',
  seminar: 'processes.admin.timelineKind.seminar',
  resident_event: 'processes.admin.timelineKind.residentEvent',
  decision: 'processes.admin.timelineKind.decision',
  ownership: 'processes.admin.timelineKind.ownership',
};

/** Message keys of the date precisions. */
export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'processes.admin.precision.day',
  month: 'processes.admin.precision.month',
  season: 'processes.admin.precision.season',
};

const SEASONS = [
  'processes.admin.season.winter',
  'processes.admin.season.winter',
  'processes.admin.season.spring',
  'processes.admin.season.spring',
  'processes.admin.season.spring',
  'processes.admin.season.summer',
  'processes.admin.season.summer',
  'processes.admin.season.summer',
  'processes.admin.season.autumn',
  'processes.admin.season.autumn',
  'processes.admin.season.autumn',
  'processes.admin.season.winter',
] as const;

/** The message key of the season a 'YYYY-MM-DD' date falls in (northern hemisphere). */
export function seasonKey(date: string): string {
  return SEASONS[Number(date.slice(5, 7)) - 1] ?? 'processes.admin.season.winter';
}
