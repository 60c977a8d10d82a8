import { z } from 'zod';
import { localizedTextSchema } from '../../platform/i18n/locales.ts';
import { embeddableVideoUrl } from './video.ts';

/** Limits of news fields, shared by forms, the API and tests. */
export const NEWS_LIMITS = {
  titleMax: 200,
  summaryMax: 500,
  bodyMax: 50_000,
  slugMin: 2,
  slugMax: 100,
  videoUrlMax: 500,
  idMax: 64,
} as const;

/** The kinds of news post: a blog post (blogi) or a media release (mediatiedote). */
export const POST_KINDS = ['blog', 'media_release'] as const;

/** One of POST_KINDS. */
export type PostKind = (typeof POST_KINDS)[number];

/** A post is a draft (seen by its managers only) or published. */
export const POST_STATUSES = ['draft', 'published'] as const;

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** A URL slug: lower-case letters, digits and hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .min(NEWS_LIMITS.slugMin)
  .max(NEWS_LIMITS.slugMax)
  .regex(/^[a-z0-9-]+$/, { message: 'news.field.slugFormat' });

// Ids are UUIDs; the shape check keeps bytes PostgreSQL refuses (NUL) away from queries.
const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(NEWS_LIMITS.idMax)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A video to embed: only YouTube (no-cookie) and Vimeo player addresses over https. */
export const videoUrlSchema = z
  .preprocess(
    emptyToNull,
    z
      .string()
      .max(NEWS_LIMITS.videoUrlMax)
      .refine((value) => embeddableVideoUrl(value) !== null, { params: { key: 'news.field.videoUrlInvalid' } })
      // Stored as the player address we would embed, never as typed (the URL parser forgives stray characters).
      .transform((value) => embeddableVideoUrl(value))
      .nullable(),
  )
  .default(null);

/** The fields of a post shared by the admin form and the API (the process comes from elsewhere). */
export const postFieldsSchema = z.object({
  phaseId: z.preprocess(emptyToNull, idSchema.nullable()).default(null),
  kind: z.enum(POST_KINDS),
  slug: slugSchema,
  title: localizedTextSchema(NEWS_LIMITS.titleMax),
  summary: localizedTextSchema(NEWS_LIMITS.summaryMax, { required: false }).default({ fi: '' }),
  body: localizedTextSchema(NEWS_LIMITS.bodyMax),
  videoUrl: videoUrlSchema,
  status: z.enum(POST_STATUSES).default('draft'),
});

/** A post as the admin form sends it: the process is chosen in the form (empty = organisation-wide). */
export const postFormSchema = postFieldsSchema.extend({
  processId: z.preprocess(emptyToNull, idSchema.nullable()).default(null),
});

/** A post as commands take it. */
export type PostInput = z.output<typeof postFormSchema>;

/** A PATCH of a post through the API: any subset of the fields. */
export const postPatchSchema = z
  .object({
    phaseId: z.preprocess(emptyToNull, idSchema.nullable()),
    kind: z.enum(POST_KINDS),
    slug: slugSchema,
    title: localizedTextSchema(NEWS_LIMITS.titleMax),
    summary: localizedTextSchema(NEWS_LIMITS.summaryMax, { required: false }),
    body: localizedTextSchema(NEWS_LIMITS.bodyMax),
    videoUrl: z.preprocess(emptyToNull, z.string().max(NEWS_LIMITS.videoUrlMax).nullable()),
    status: z.enum(POST_STATUSES),
  })
  .partial()
  .strict();

/** A static page as the admin form and the API send it. */
export const pageFieldsSchema = z.object({
  title: localizedTextSchema(NEWS_LIMITS.titleMax),
  body: localizedTextSchema(NEWS_LIMITS.bodyMax),
});

/** A static page with its slug, as the admin form sends it. */
export const pageFormSchema = pageFieldsSchema.extend({ slug: slugSchema });

/** A static page as commands take it. */
export type PageInput = z.output<typeof pageFormSchema>;

/** `?page=` of a paged public list. */
export const listPageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
