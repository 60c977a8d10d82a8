export type { FollowUp, Goal, Indicator, Objective } from './model.ts';
export { loadFollowUp } from './queries/load-follow-up.ts';
export { listObjectivesForPicker, type ObjectiveOption, objectiveExists } from './queries/objective-picker.ts';
