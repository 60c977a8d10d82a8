import type { ComponentChildren } from 'preact';
import { useView } from '../../../platform/views/context.ts';
import type { Block } from '../model.ts';
import { blockAnchor, blockText, StoryBlock } from './story-block.tsx';

/** The table of contents: one link per section heading. */
export function TableOfContents(props: { blocks: Block[] }) {
  const view = useView();
  const headings = props.blocks.filter((block) => block.kind === 'heading');
  if (headings.length === 0) return null;
  return (
    <nav class="story-toc" aria-labelledby="story-toc-title">
      <h2 id="story-toc-title">{view.t('story.page.contents')}</h2>
      <ol>
        {headings.map((block) => (
          <li key={block.key}>
            <a href={`#${blockAnchor(block)}`}>{blockText(block, view.locale).text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Every block of a version in order; `after` adds what follows a paragraph (its comment button and comments). */
export function StoryDocument(props: { blocks: Block[]; after?: (block: Block) => ComponentChildren }) {
  return (
    <div class="story-document">
      {props.blocks.map((block) => (
        <StoryBlock key={block.key} block={block}>
          {block.kind === 'paragraph' && props.after?.(block)}
        </StoryBlock>
      ))}
    </div>
  );
}
