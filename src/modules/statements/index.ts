export { type CommandOutput, checkStatementsArguments, runStatementsCommand } from './cli/run-statements-command.ts';
export { STATEMENTS_USAGE } from './cli/usage.ts';
export { recomputeOpinionGroups, runDueRecomputations, type SnapshotSummary } from './computation/recompute-opinion-groups.ts';
export { listProcessChannels } from './queries/list-channels.ts';
export { type GroupShare, listStatementGroupShares, type StatementGroupShares } from './queries/list-statement-group-shares.ts';
