export type { Follow } from './queries/find-follow.ts';
