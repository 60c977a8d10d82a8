import type { Block } from './model.ts';

/** A run of the word diff: kept, added or removed text. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words and the spaces between them, each a token, so the diff can join them back exactly. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts.at(-1);
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The word-level difference of two texts (longest common subsequence of their words). The
 * table is n × m; a block holds at most 5,000 characters, so this stays a few million cells.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const lengths: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push(parts, 'removed', a[i++]!);
    else push(parts, 'added', b[j++]!);
  }
  while (i < a.length) push(parts, 'removed', a[i++]!);
  while (j < b.length) push(parts, 'added', b[j++]!);
  return parts;
}

/** One block of a comparison: in both versions, only the later (added) or only the earlier (removed). */
export interface BlockChange {
  key: string;
  kind: Block['kind'];
  before: Block | null;
  after: Block | null;
}

/**
 * The blocks of two versions side by side, matched by their stable keys, in the later version's
 * order; a removed block stands right after the block that preceded it in the earlier version.
 */
export function alignBlocks(before: Block[], after: Block[]): BlockChange[] {
  const earlier = new Map(before.map((block) => [block.key, block]));
  const later = new Set(after.map((block) => block.key));
  const removedAfter = new Map<string | null, Block[]>();
  let previous: string | null = null;
  for (const block of before) {
    if (later.has(block.key)) previous = block.key;
    else removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), block]);
  }
  const removed = (key: string | null): BlockChange[] =>
    (removedAfter.get(key) ?? []).map((block) => ({ key: block.key, kind: block.kind, before: block, after: null }));
  const changes: BlockChange[] = removed(null);
  for (const block of after) {
    changes.push({ key: block.key, kind: block.kind, before: earlier.get(block.key) ?? null, after: block });
    changes.push(...removed(block.key));
  }
  return changes;
}
