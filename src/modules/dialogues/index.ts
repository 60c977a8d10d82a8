export type { Round } from './model.ts';
export { listRounds } from './queries/list-rounds.ts';
export { loadCoverage } from './queries/load-coverage.ts';
export type { Coverage } from './queries/round-coverage.ts';
