import type { PostKind } from '../schemas.ts';

/** The message key naming each kind of post ("Blogi", "Mediatiedote"). */
export const KIND_LABEL_KEYS: Record<PostKind, string> = {
  blog: 'news.kind.blog',
  media_release: 'news.kind.mediaRelease',
};
