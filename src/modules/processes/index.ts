export { processesModule } from './module.ts';
export { managesProcess, type ProcessSubject } from './permissions.ts';
export { describeProgress, type PhaseState, type Progress, todayIn } from './queries/describe-progress.ts';
export { findProcessById, findProcessBySlug, type Process, toProcess } from './queries/find-process.ts';
export { findVisibleProcess, PROCESS_SLUG_MAX_LENGTH, PROCESS_SLUG_PATTERN } from './queries/find-visible-process.ts';
export { type Body, listBodies } from './queries/list-bodies.ts';
export { listPhases, type Phase } from './queries/list-phases.ts';
export { listVisibleProcesses, type ProcessWithPhases } from './queries/list-visible-processes.ts';
export type { BodyKind, ProcessVisibility, TimelineKind } from './tables.ts';
