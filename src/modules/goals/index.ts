export type { Goal, Indicator, Objective } from './model.ts';
