import { z } from 'zod';
import type { StaticPage } from './queries/find-page.ts';
import type { Post } from './queries/find-post.ts';
import { POST_KINDS, POST_STATUSES } from './schemas.ts';

const localizedTextOut = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A post as API lists show it (no body). */
export const postSummaryResponseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(POST_KINDS),
  status: z.enum(POST_STATUSES),
  processId: z.string().nullable(),
  phaseId: z.string().nullable(),
  title: localizedTextOut,
  summary: localizedTextOut,
  videoUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

/** A post with its Markdown body in every language. */
export const postResponseSchema = postSummaryResponseSchema.extend({ body: localizedTextOut, createdAt: z.string() });

/** A static page with its Markdown body in every language. */
export const pageResponseSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: localizedTextOut,
  body: localizedTextOut,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Shapes a post for a list. */
export function presentPostSummary(post: Post): z.input<typeof postSummaryResponseSchema> {
  return {
    id: post.id,
    slug: post.slug,
    kind: post.kind,
    status: post.status,
    processId: post.processId,
    phaseId: post.phaseId,
    title: post.title,
    summary: post.summary,
    videoUrl: post.videoUrl,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
  };
}

/** Shapes a post in full. */
export function presentPost(post: Post): z.input<typeof postResponseSchema> {
  return { ...presentPostSummary(post), body: post.body, createdAt: post.createdAt };
}

/** Shapes a static page. */
export function presentPage(page: StaticPage): z.input<typeof pageResponseSchema> {
  return { id: page.id, slug: page.slug, title: page.title, body: page.body, createdAt: page.createdAt, updatedAt: page.updatedAt };
}
