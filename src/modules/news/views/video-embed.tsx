import { useView } from '../../../platform/views/context.ts';
import { embeddableVideoUrl } from '../video.ts';

/** A YouTube (no-cookie) or Vimeo player; any other address renders nothing. */
export function VideoEmbed(props: { url: string | null; title: string }) {
  const view = useView();
  const src = embeddableVideoUrl(props.url);
  if (!src) return null;
  return (
    <div class="video-embed">
      <iframe
        src={src}
        title={view.t('news.post.videoTitle', { title: props.title })}
        loading="lazy"
        referrerpolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        allow="fullscreen; picture-in-picture"
        allowFullScreen
      />
    </div>
  );
}
