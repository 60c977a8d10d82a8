import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { langOf } from './localized.ts';
import { VisibilityTag } from './visibility-tag.tsx';

// Only these players may be framed (the CSP's frame-src says the same); they
// set no tracking cookies before the viewer presses play.
const EMBEDDABLE_VIDEO = [
  /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]+(\?[A-Za-z0-9_=&-]*)?$/,
  /^https:\/\/player\.vimeo\.com\/video\/[0-9]+(\?[A-Za-z0-9_=&-]*)?$/,
];

/** Answers whether a video address may be shown in an iframe. */
export function isEmbeddableVideo(url: string): boolean {
  return EMBEDDABLE_VIDEO.some((pattern) => pattern.test(url));
}

function HeroVideo(props: { url: string; title: string }) {
  const view = useView();
  if (isEmbeddableVideo(props.url)) {
    return (
      <div class="video-embed">
        <iframe
          src={props.url}
          title={view.t('processes.page.videoTitle', { title: props.title })}
          loading="lazy"
          allow="fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  if (!/^https:\/\//i.test(props.url)) return null;
  return (
    <p>
      <a href={props.url} rel="noopener noreferrer">
        {view.t('processes.page.videoLink')}
      </a>
    </p>
  );
}

/** The top of a process page: title, summary, visibility for those who see hidden ones, picture and video. */
export function ProcessHero(props: { process: Process }) {
  const view = useView();
  const { process } = props;
  const title = view.text(process.title);
  const imageUrl = process.heroImageUrl && /^(https:\/\/|\/(?!\/))/i.test(process.heroImageUrl) ? process.heroImageUrl : null;
  return (
    <>
      <div class="hero">
        {process.visibility !== 'public' && (
          <p>
            <VisibilityTag visibility={process.visibility} />
          </p>
        )}
        <h1 lang={langOf(view, process.title)}>{title}</h1>
        {view.text(process.summary) && (
          <p class="hero__summary" lang={langOf(view, process.summary)}>
            {view.text(process.summary)}
          </p>
        )}
      </div>
      {imageUrl && <img src={imageUrl} alt={view.text(process.heroImageAlt)} lang={langOf(view, process.heroImageAlt)} />}
      {process.heroVideoUrl && <HeroVideo url={process.heroVideoUrl} title={title} />}
    </>
  );
}
