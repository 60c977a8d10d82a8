export type { Block, Version } from './model.ts';
