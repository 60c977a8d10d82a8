import type { ComponentChildren } from 'preact';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Block, Version } from '../model.ts';
import { StoryDocument, TableOfContents } from './story-document.tsx';

/** A version of the story to read: its status, table of contents and text; printable. */
export function StoryPage(props: {
  process: Process;
  version: Version | null;
  blocks: Block[];
  edits: boolean;
  /** The status lines above the text (comment period, decision). */
  status?: ComponentChildren;
  /** What follows each paragraph (its comments). */
  after?: (block: Block) => ComponentChildren;
  /** What follows the whole text (comments on paragraphs since removed). */
  end?: ComponentChildren;
  /** A heading other than the story's own, for an older version. */
  heading?: string;
  /** The editors' tools for this version (its comment period). */
  panel?: ComponentChildren;
  /** Whether this server prints PDFs (Chromium installed): the download is offered, or the page says so. */
  pdf?: boolean;
  /** A script that enhances the page (passage selection), never needed for it to work. */
  script?: string | undefined;
}) {
  const view = useView();
  const title = props.heading ?? view.t('story.page.title', { process: view.text(props.process.title) });
  const base = `/processes/${props.process.slug}/story`;
  return (
    <Layout title={title}>
      <link rel="stylesheet" href="/assets/story/story.css" />
      <p class="story-page__back">
        <a href={view.href(`/processes/${props.process.slug}`)}>{view.text(props.process.title)}</a>
      </p>
      <h1>{title}</h1>
      {props.version === null ? (
        <p>{view.t('story.page.none')}</p>
      ) : (
        <>
          <p class="story-page__version">
            {view.t('story.page.versionLine', {
              number: props.version.number,
              date: view.formatDate(props.version.createdAt, { dateStyle: 'long' }),
            })}{' '}
            <a href={view.href(`${base}/versions`)}>{view.t('story.page.allVersions')}</a>{' '}
            <a href={view.href(`${base}/versions/${props.version.number}/download`)} download>
              {view.t('story.export.download')}
            </a>{' '}
            {props.pdf && (
              <a href={view.href(`${base}/versions/${props.version.number}/pdf`)} download>
                {view.t('story.export.pdf')}
              </a>
            )}
          </p>
          {props.pdf === false && <p class="story-page__print">{view.t('story.export.pdfUnavailable')}</p>}
          {props.status}
          {props.edits && props.version.status === 'draft' && (
            <p class="story-page__edit">
              <a class="button button--secondary" href={view.href(`${base}/versions/new`)}>
                {view.t('story.versions.new')}
              </a>
            </p>
          )}
          {props.panel}
          <TableOfContents blocks={props.blocks} />
          <StoryDocument blocks={props.blocks} after={props.after} />
          {props.end}
        </>
      )}
      {props.version === null && props.edits && (
        <p>
          <a class="button" href={view.href(`${base}/versions/new`)}>
            {view.t('story.versions.first')}
          </a>
        </p>
      )}
      {props.script && <script type="module" src={props.script} />}
    </Layout>
  );
}
