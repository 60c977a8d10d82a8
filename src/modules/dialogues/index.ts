export type { Round } from './model.ts';
