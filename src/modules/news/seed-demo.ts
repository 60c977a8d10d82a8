import { type DemoPost, raumaPages, raumaPosts } from '../../demo/rauma-2013.ts';
import { liveCalendar, livePosts, liveState } from '../../demo/rauma-live.ts';
import { newId } from '../../platform/db/ids.ts';
import { bumpPageVersion } from '../../platform/http/page-cache.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import './tables.ts';

function phaseIdsOf(state: DemoState): Record<string, string> {
  const value = state.phaseIdsByKey;
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

async function insertPosts(
  context: AppContext,
  owner: { organisationId: string; processId: string | null; phaseIds: Record<string, string>; authorUserId: string | null },
  posts: DemoPost[],
) {
  const rows = posts.map((post) => {
    // Normalised to toISOString()'s form, so timestamps sort as text the same on both engines.
    const publishedAt = new Date(post.publishedAt).toISOString();
    return {
      id: newId(),
      organisation_id: owner.organisationId,
      process_id: owner.processId,
      phase_id: owner.processId ? (owner.phaseIds[post.phaseKey] ?? null) : null,
      kind: post.kind,
      slug: post.slug,
      title: JSON.stringify(post.title),
      summary: JSON.stringify(post.summary),
      body: JSON.stringify(post.body),
      video_url: null,
      status: 'published' as const,
      published_at: publishedAt,
      author_user_id: owner.authorUserId,
      created_at: publishedAt,
      updated_at: publishedAt,
    };
  });
  await context.db.insertInto('news_posts').values(rows).execute();
}

/**
 * The Rauma 2013 blog posts and media releases, published on their historical
 * dates in the demo process and its phases, the live round's media release and
 * blog post (dated from the seed day), and the accessibility and privacy pages.
 */
export async function seedNewsDemo(context: AppContext, state: DemoState): Promise<void> {
  if (!state.organisationId) throw new Error('the organisations demo must run first');
  const organisationId = state.organisationId;
  const phaseIds = phaseIdsOf(state);
  const authorUserId = state.adminUserId ?? null;
  await insertPosts(context, { organisationId, processId: state.processId ?? null, phaseIds, authorUserId }, raumaPosts);
  const live = liveState(state);
  const calendar = liveCalendar(context.clock.now());
  await insertPosts(
    context,
    { organisationId, processId: live.processId, phaseIds: live.phaseIdsByKey, authorUserId },
    livePosts(calendar),
  );
  const now = context.clock.now().toISOString();
  for (const page of raumaPages) {
    await context.db
      .insertInto('news_pages')
      .values({
        id: newId(),
        organisation_id: organisationId,
        slug: page.slug,
        title: JSON.stringify(page.title),
        body: JSON.stringify(page.body),
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await bumpPageVersion(context.db, organisationId);
}
