import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import { type BlockChange, diffWords } from '../diff.ts';
import { blockText } from './story-block.tsx';

function WordDiff(props: { before: string; after: string }) {
  const view = useView();
  return (
    <p class="story-diff__words">
      {diffWords(props.before, props.after).map((part, index) =>
        part.kind === 'same' ? (
          part.text
        ) : part.kind === 'added' ? (
          <ins key={index}>
            <span class="visually-hidden">{view.t('story.diff.addedStart')} </span>
            {part.text}
            <span class="visually-hidden"> {view.t('story.diff.addedEnd')}</span>
          </ins>
        ) : (
          <del key={index}>
            <span class="visually-hidden">{view.t('story.diff.removedStart')} </span>
            {part.text}
            <span class="visually-hidden"> {view.t('story.diff.removedEnd')}</span>
          </del>
        ),
      )}
    </p>
  );
}

/** The changed blocks of two versions, each side by side and as a word-level diff. */
export function DiffChanges(props: { from: number; to: number; changes: BlockChange[]; headingLevel?: 2 | 3 }) {
  const view = useView();
  const text = (block: BlockChange['before']) => (block ? blockText(block, view.locale).text : '');
  const changed = props.changes.filter((change) => text(change.before) !== text(change.after));
  const Side = props.headingLevel === 3 ? 'h4' : 'h3';
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      <p>{view.t('story.diff.summary', { count: changed.length })}</p>
      {changed.map((change, index) => (
        <section class="story-diff" key={change.key} aria-labelledby={`story-diff-${index}`}>
          <Heading id={`story-diff-${index}`} class="story-diff__state">
            {view.t(change.before === null ? 'story.diff.added' : change.after === null ? 'story.diff.removed' : 'story.diff.changed')}
          </Heading>
          <div class="story-diff__sides">
            <div>
              <Side class="story-diff__side">{view.t('story.version.name', { number: props.from })}</Side>
              <p>{text(change.before) || '–'}</p>
            </div>
            <div>
              <Side class="story-diff__side">{view.t('story.version.name', { number: props.to })}</Side>
              <p>{text(change.after) || '–'}</p>
            </div>
          </div>
          <Side class="story-diff__side">{view.t('story.diff.words')}</Side>
          <WordDiff before={text(change.before)} after={text(change.after)} />
        </section>
      ))}
    </>
  );
}

/** What changed between two versions: each block side by side and as a word-level diff, with no script needed. */
export function DiffPage(props: { process: Process; from: number; to: number; changes: BlockChange[] }) {
  const view = useView();
  const title = view.t('story.diff.title', { from: props.from, to: props.to });
  return (
    <Layout title={title} wide>
      <link rel="stylesheet" href="/assets/story/story.css" />
      <p>
        <a href={view.href(`/processes/${props.process.slug}/story/versions`)}>{view.t('story.versions.title')}</a>
      </p>
      <h1>{title}</h1>
      <DiffChanges from={props.from} to={props.to} changes={props.changes} />
    </Layout>
  );
}
