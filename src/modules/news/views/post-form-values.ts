import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Post } from '../queries/find-post.ts';
import { formLocalizedText, formText } from './form-values.ts';

/** What a post form shows: the raw text of every field, kept as typed when the form comes back with errors. */
export interface PostFormValues {
  processId: string;
  phaseId: string;
  kind: string;
  slug: string;
  title: Partial<LocalizedText>;
  summary: Partial<LocalizedText>;
  body: Partial<LocalizedText>;
  videoUrl: string;
  status: string;
}

/** The values of a submitted form (unflattened); anything that is not text shows as empty. */
export function postFormValuesOf(raw: Record<string, unknown>): PostFormValues {
  return {
    processId: formText(raw.processId),
    phaseId: formText(raw.phaseId),
    kind: formText(raw.kind),
    slug: formText(raw.slug),
    title: formLocalizedText(raw.title),
    summary: formLocalizedText(raw.summary),
    body: formLocalizedText(raw.body),
    videoUrl: formText(raw.videoUrl),
    status: formText(raw.status),
  };
}

/** The values of a saved post, for its edit form. */
export function postFormValuesOfPost(post: Post): PostFormValues {
  return {
    processId: post.processId ?? '',
    phaseId: post.phaseId ?? '',
    kind: post.kind,
    slug: post.slug,
    title: post.title,
    summary: post.summary,
    body: post.body,
    videoUrl: post.videoUrl ?? '',
    status: post.status,
  };
}

/** An empty form for a new post, in the given process when there is one to suggest. */
export function emptyPostFormValues(processId: string): PostFormValues {
  return { processId, phaseId: '', kind: 'blog', slug: '', title: {}, summary: {}, body: {}, videoUrl: '', status: 'draft' };
}
