import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { createOrganisation } from '../../organisations/index.ts';
import type { ProcessVisibility } from '../../processes/index.ts';
import { createPost } from '../commands/create-post.ts';
import type { PostInput } from '../schemas.ts';

/** An organisation admin of the given organisation, for calling commands directly in tests. */
export function adminActor(organisationId: string): Actor {
  return { organisationId, userId: null, grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }] };
}

/** A complete post input; tests override what they are about. */
export function postInput(overrides: Partial<PostInput> & { slug: string }): PostInput {
  return {
    processId: null,
    phaseId: null,
    kind: 'blog',
    title: { fi: `Otsikko ${overrides.slug}` },
    summary: { fi: '' },
    body: { fi: 'Teksti.' },
    videoUrl: null,
    status: 'published',
    ...overrides,
  };
}

/**
 * A process row for tests that need one the demo lacks (e.g. a draft one).
 * The processes module's own test fixtures are internal to it, so news keeps this small copy.
 */
export async function insertProcess(
  db: Db,
  organisationId: string,
  options: { slug: string; visibility: ProcessVisibility; title?: LocalizedText },
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await db
    .insertInto('processes')
    .values({
      id,
      organisation_id: organisationId,
      slug: options.slug,
      title: JSON.stringify(options.title ?? { fi: options.slug }),
      summary: JSON.stringify({ fi: '' }),
      story: JSON.stringify({ fi: '' }),
      hero_image_url: null,
      hero_image_alt: JSON.stringify({ fi: '' }),
      hero_video_url: null,
      visibility: options.visibility,
      published_at: options.visibility === 'public' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await bumpPageVersion(db, organisationId);
  return id;
}

/** Another organisation with a public process and a published post, to prove foreign ids answer 404. */
export async function insertForeignOrganisation(db: Db) {
  const organisationId = await createOrganisation(db, { slug: 'naapurikunta', name: { fi: 'Naapurikunta' } }, new Date());
  const processId = await insertProcess(db, organisationId, { slug: 'naapurin-tarina', visibility: 'public' });
  const postSlug = 'naapurin-uutinen';
  const postId = await insertPost(db, adminActor(organisationId), postInput({ slug: postSlug, processId }));
  return { organisationId, processId, postId, postSlug, processSlug: 'naapurin-tarina' };
}

/**
 * Writes a post as the create action does: the command, then the page version moved on
 * (the action's after-commit `invalidatePages`), so cached public pages list it.
 */
export async function insertPost(db: Db, actor: Actor, input: PostInput): Promise<string> {
  const id = await createPost(db, actor, input, new Date());
  await bumpPageVersion(db, actor.organisationId);
  return id;
}
