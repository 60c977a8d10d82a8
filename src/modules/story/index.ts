export type { Block, Decision, Version } from './model.ts';
export { type ApprovedParagraphs, findApprovedParagraphs } from './queries/find-approved-paragraphs.ts';
export { listBlocks } from './queries/list-blocks.ts';
export { listDecisions } from './queries/list-decisions.ts';
export { listVersions } from './queries/list-versions.ts';
