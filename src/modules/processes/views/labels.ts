import type { BodyKind, TimelineKind } from '../tables.ts';

/** The message key of each body kind (written out so the i18n check sees every key). */
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  council: 'processes.bodyKind.council',
  board: 'processes.bodyKind.board',
  steering_group: 'processes.bodyKind.steeringGroup',
  coordination_group: 'processes.bodyKind.coordinationGroup',
  project_group: 'processes.bodyKind.projectGroup',
  stakeholder_panel: 'processes.bodyKind.stakeholderPanel',
  staff: 'processes.bodyKind.staff',
  residents: 'processes.bodyKind.residents',
  other: 'processes.bodyKind.other',
};

/** The message key of each timeline kind. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  information: 'processes.timelineKind.information',
  meeting: 'processes.timelineKind.meeting',
  communication: 'processes.timelineKind.communication',
  workshop: 'processes.timelineKind.workshop',
  seminar: 'processes.timelineKind.seminar',
  resident_event: 'processes.timelineKind.residentEvent',
  decision: 'processes.timelineKind.decision',
  ownership: 'processes.timelineKind.ownership',
};
