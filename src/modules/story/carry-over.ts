import type { Block, Version } from './model.ts';
import type { StoryComment } from './queries/list-comments.ts';

/** A comment as a later version shows it: with the number of the version it was made on. */
export interface CarriedComment extends StoryComment {
  versionNumber: number;
}

/** The comments a version shows: by paragraph key (its own and those carried over), and those whose paragraph is gone. */
export interface CarriedComments {
  byBlock: Map<string, CarriedComment[]>;
  removed: CarriedComment[];
}

/**
 * Carries comments over to a version: a comment made on this version or an earlier one stays with its
 * paragraph while the paragraph's key survives (block keys are stable across versions); one on a paragraph
 * this version no longer has is listed apart. Comments of later versions are not this version's. Keeps order.
 */
export function carryComments(comments: StoryComment[], version: Version, blocks: Block[], versions: Version[]): CarriedComments {
  const numbers = new Map(versions.map((item) => [item.id, item.number]));
  const paragraphs = new Set(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.key));
  const byBlock = new Map<string, CarriedComment[]>();
  const removed: CarriedComment[] = [];
  for (const comment of comments) {
    const versionNumber = numbers.get(comment.versionId);
    if (versionNumber === undefined || versionNumber > version.number) continue;
    const carried = { ...comment, versionNumber };
    if (!paragraphs.has(comment.blockKey)) {
      removed.push(carried);
      continue;
    }
    const list = byBlock.get(comment.blockKey);
    if (list) list.push(carried);
    else byBlock.set(comment.blockKey, [carried]);
  }
  return { byBlock, removed };
}
