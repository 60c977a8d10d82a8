import type { ThemeEditKind } from './tables.ts';

/** Every audit action insights records (each has its words in the organisations module's messages). */
export const INSIGHTS_AUDIT_ACTIONS = [
  'insights.run.start',
  'insights.run.cancel',
  'insights.run.reopen',
  'insights.theme.update',
  'insights.themes.publish',
  'insights.theme.merge',
  'insights.theme.split',
  'insights.contributions.move',
  'insights.contribution.tag',
  'insights.edit.undo',
  'insights.codebook.save',
  'insights.theme.counterparts',
  'insights.theme.create',
  'insights.counterpart.reject',
  'insights.counterpart.restore',
] as const;

/** The audit action of each kind of edit in a run's log. */
export const EDIT_AUDIT_ACTIONS: Record<ThemeEditKind, (typeof INSIGHTS_AUDIT_ACTIONS)[number]> = {
  merge: 'insights.theme.merge',
  split: 'insights.theme.split',
  move: 'insights.contributions.move',
  tag: 'insights.contribution.tag',
  rename: 'insights.theme.update',
  create: 'insights.theme.create',
};
