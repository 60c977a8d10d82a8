const YOUTUBE_EMBED = /^\/embed\/[A-Za-z0-9_-]{6,32}$/;
const VIMEO_PLAYER = /^\/video\/\d{1,20}$/;

/**
 * The player address to put in an iframe, or null when the URL is not one we
 * embed. Only https players of YouTube's no-cookie domain and Vimeo qualify:
 * the CSP's frame-src allows exactly these, and neither sets tracking cookies
 * before the visitor presses play.
 */
export function embeddableVideoUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const youtube = url.hostname === 'www.youtube-nocookie.com' && YOUTUBE_EMBED.test(url.pathname);
  const vimeo = url.hostname === 'player.vimeo.com' && VIMEO_PLAYER.test(url.pathname);
  if (!youtube && !vimeo) return null;
  url.hash = '';
  return url.toString();
}
