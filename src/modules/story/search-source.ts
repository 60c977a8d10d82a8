import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { isLocale, LOCALES } from '../../platform/i18n/locales.ts';
import { defineSearchSource, plainText, type SearchDocument } from '../../platform/search/source.ts';
import { listPublicProcessSlugs } from '../processes/index.ts';
import { type Block, isPublicVersion, toBlock, toVersion, type Version } from './model.ts';

/** The newest version the public reads of each public process (put out for comments, or decided). */
async function newestPublicVersions(db: Db, organisationId: string, processIds: string[]): Promise<Map<string, Version>> {
  if (processIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('story_versions')
    .selectAll()
    .$call(inOrganisation(organisationId, 'story_versions'))
    .where('process_id', 'in', processIds)
    .orderBy('number')
    .execute();
  const newest = new Map<string, Version>();
  for (const version of rows.map(toVersion)) if (isPublicVersion(version)) newest.set(version.processId, version);
  return newest;
}

/** Each paragraph's document per language it is written in, titled by the section heading above it. */
function paragraphDocuments(blocks: Array<Block & { id: string }>, processId: string, slug: string): SearchDocument[] {
  const documents: SearchDocument[] = [];
  let heading: Block | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      heading = block;
      continue;
    }
    for (const language of LOCALES) {
      const body = plainText(block.text[language] ?? '');
      if (!body) continue;
      const title = plainText(heading?.text[language] ?? heading?.text.fi ?? '') || body.slice(0, 80);
      const path = `/processes/${slug}/story#story-${block.key}`;
      documents.push({ kind: 'story', sourceId: block.id, processId, language, title, body, path });
    }
  }
  return documents;
}

/**
 * What the search finds of the story: the paragraphs of each public process's newest public version (kind
 * `story`, one document per language written), and the published comments on that version and the earlier
 * ones (kind `comment`, in the language written, at their paragraph). Drafts, hidden comments and
 * internal processes never. Asked again by ids, only what is still so is answered.
 */
export const storySearchSource = defineSearchSource({
  kinds: ['story', 'comment'],
  async list(context, organisationId, filter) {
    if (filter && filter.ids.length === 0) return [];
    const slugs = await listPublicProcessSlugs(context, organisationId);
    const newest = await newestPublicVersions(context.db, organisationId, [...slugs.keys()]);
    const documents: SearchDocument[] = [];
    for (const [processId, version] of newest) {
      const slug = slugs.get(processId) ?? '';
      const rows = await context.db
        .selectFrom('story_blocks')
        .select(['id', 'block_key', 'kind', 'text', 'translations_behind'])
        .$call(inOrganisation(organisationId, 'story_blocks'))
        .where('version_id', '=', version.id)
        .orderBy('position')
        .execute();
      const blocks = rows.map((row) => ({ ...toBlock(row), id: row.id }));
      if (!filter || filter.kind === 'story') {
        const found = paragraphDocuments(blocks, processId, slug);
        documents.push(...(filter ? found.filter((document) => filter.ids.includes(document.sourceId)) : found));
      }
      if (!filter || filter.kind === 'comment') {
        const comments = await context.db
          .selectFrom('story_comments')
          .innerJoin('story_versions', 'story_versions.id', 'story_comments.version_id')
          .select(['story_comments.id', 'story_comments.block_key', 'story_comments.body', 'story_comments.language'])
          .$call(inOrganisation(organisationId, 'story_comments'))
          .where('story_comments.process_id', '=', processId)
          .where('story_comments.status', '=', 'published')
          .where('story_versions.number', '<=', version.number)
          .$if(filter !== undefined, (query) => query.where('story_comments.id', 'in', filter?.ids ?? []))
          .execute();
        const keys = new Set(blocks.map((block) => block.key));
        for (const comment of comments) {
          const language = isLocale(comment.language) ? comment.language : 'fi';
          const anchor = keys.has(comment.block_key) ? `story-${comment.block_key}` : 'story-removed-comments';
          const title = context.translator.t(language, 'story.search.commentTitle');
          const path = `/processes/${slug}/story#${anchor}`;
          documents.push({ kind: 'comment', sourceId: comment.id, processId, language, title, body: comment.body, path });
        }
      }
    }
    return documents;
  },
});
