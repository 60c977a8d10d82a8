import type { Actor } from '../../platform/authz/authz.ts';
import { refuse } from '../../platform/domain/refusal.ts';
import type { AppContext } from '../../platform/module.ts';
import { loadVisibleProcess, type Process } from '../processes/index.ts';
import { type Block, isPublicVersion, type Version } from './model.ts';
import type { VersionSubject } from './permissions.ts';
import { listBlocks } from './queries/list-blocks.ts';
import { listVersions } from './queries/list-versions.ts';

type Context = Pick<AppContext, 'db' | 'authorizer'>;

/** What the reading rule needs of a version. */
export function versionSubject(version: Version): VersionSubject {
  return { processId: version.processId, isPublic: isPublicVersion(version) };
}

/** A process's story as the actor may see it: the process and the versions they may read, oldest first. */
export interface VisibleStory {
  process: Process;
  versions: Version[];
  /** Whether the actor edits this story (sees drafts, saves versions). */
  edits: boolean;
}

/** The process (404 when the actor may not see it) and the story's versions the actor may read. */
export async function loadVisibleStory(context: Context, actor: Actor, slug: string): Promise<VisibleStory> {
  const process = await loadVisibleProcess(context, actor, slug);
  const versions = (await listVersions(context.db, actor.organisationId, process.id)).filter((version) =>
    context.authorizer.can(actor, 'story.version.view', versionSubject(version)),
  );
  return { process, versions, edits: context.authorizer.can(actor, 'story.story.edit', process) };
}

/** A process whose story the actor edits: others answer 403 (a visible process) or 404. */
export async function loadEditedStory(context: Context, actor: Actor, slug: string): Promise<VisibleStory> {
  const story = await loadVisibleStory(context, actor, slug);
  if (!story.edits) throw refuse.forbidden();
  return story;
}

/** One version the actor may read with its blocks; an unknown or hidden number answers 404. */
export async function loadVisibleVersion(
  context: Context,
  actor: Actor,
  slug: string,
  number: number,
): Promise<VisibleStory & { version: Version; blocks: Block[] }> {
  const story = await loadVisibleStory(context, actor, slug);
  const version = story.versions.find((item) => item.number === number);
  if (!version) throw refuse.notFound();
  return { ...story, version, blocks: await listBlocks(context.db, actor.organisationId, version.id) };
}
