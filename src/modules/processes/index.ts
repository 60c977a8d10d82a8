export { processesModule } from './module.ts';
export { managesProcess, type ProcessSubject } from './permissions.ts';
export { findProcessById, findProcessBySlug, type Process, toProcess } from './queries/find-process.ts';
export type { BodyKind, ProcessVisibility, TimelineKind } from './tables.ts';
