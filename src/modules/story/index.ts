export type { Block, Version } from './model.ts';
export { type ApprovedParagraphs, findApprovedParagraphs } from './queries/find-approved-paragraphs.ts';
