export type { Goal, Indicator, Objective } from './model.ts';
export { listObjectivesForPicker, type ObjectiveOption, objectiveExists } from './queries/objective-picker.ts';
