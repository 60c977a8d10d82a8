import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { type Block, type TranslatedLanguage, toBlock } from '../model.ts';
import type { VersionInput } from '../schemas.ts';

const stale = () => refuse.conflict('story.version.stale');
const TRANSLATIONS: TranslatedLanguage[] = ['sv', 'en'];

const isEmpty = (text: LocalizedText) => !text.fi && !text.sv && !text.en;

/**
 * Which translations lag behind the Finnish text: one that did not change while the Finnish did,
 * or that lagged before and still did not change. A new block, or one without the language, lags in nothing.
 */
export function translationsBehind(before: Block | undefined, text: LocalizedText): TranslatedLanguage[] {
  if (!before) return [];
  const finnishMoved = (before.text.fi ?? '') !== (text.fi ?? '');
  return TRANSLATIONS.filter((language) => {
    if (!text[language]) return false;
    const unchanged = (before.text[language] ?? '') === text[language];
    return unchanged && (finnishMoved || before.translationsBehind.includes(language));
  });
}

/** The new version's block rows: the base's keys kept, new keys for new blocks, a key the base does not hold refused. */
function blockRows(
  organisationId: string,
  versionId: string,
  input: VersionInput,
  blocks: VersionInput['blocks'],
  base: Map<string, Block>,
) {
  const seen = new Set<string>();
  return blocks.map((block, position) => {
    const key = block.key ?? newId();
    if ((block.key && !base.has(block.key)) || seen.has(key)) {
      throw refuse.invalid({ [`blocks.${input.blocks.indexOf(block)}.text.fi`]: { key: 'story.validation.unknownBlock' } });
    }
    seen.add(key);
    return {
      id: newId(),
      organisation_id: organisationId,
      version_id: versionId,
      block_key: key,
      position,
      kind: block.kind,
      text: JSON.stringify(block.text),
      translations_behind: JSON.stringify(translationsBehind(base.get(key), block.text)),
    };
  });
}

/**
 * Saves the next numbered version of a process's story. It must be written on the latest version
 * (`baseNumber`): an edit on an older one (two editors at once) is refused, never merged silently.
 * Keys of the base version's blocks are kept; a key the base does not hold is refused; new blocks
 * get new keys. Empty blocks are left out. Answers the new version's number.
 */
export async function createVersion(
  db: Db,
  actor: Actor,
  process: { id: string },
  input: VersionInput,
  now: Date,
): Promise<{ number: number }> {
  const blocks = input.blocks.filter((block) => !isEmpty(block.text));
  for (const block of blocks) {
    if (!block.text.fi)
      throw refuse.invalid({ [`blocks.${input.blocks.indexOf(block)}.text.fi`]: { key: 'story.validation.finnishFirst' } });
  }
  const number = input.baseNumber + 1;
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      const latest = await trx
        .selectFrom('story_versions')
        .select(['id', 'number'])
        .$call(inOrganisation(actor.organisationId, 'story_versions'))
        .where('process_id', '=', process.id)
        .orderBy('number', 'desc')
        .executeTakeFirst();
      if ((latest?.number ?? 0) !== input.baseNumber) throw stale();
      const baseRows = latest
        ? await trx
            .selectFrom('story_blocks')
            .select(['block_key', 'kind', 'text', 'translations_behind'])
            .where('version_id', '=', latest.id)
            .execute()
        : [];
      const rows = blockRows(actor.organisationId, id, input, blocks, new Map(baseRows.map((row) => [row.block_key, toBlock(row)])));
      await trx
        .insertInto('story_versions')
        .values({
          id,
          organisation_id: actor.organisationId,
          process_id: process.id,
          number,
          changelog: JSON.stringify(input.changelog),
          status: 'draft',
          comments_audience_ids: '[]',
          created_by_user_id: actor.userId,
          created_at: now.toISOString(),
        })
        .execute();
      if (rows.length > 0) await trx.insertInto('story_blocks').values(rows).execute();
      await recordAudit(
        trx,
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'story.version.create',
          subjectType: 'story_version',
          subjectId: id,
          details: { number, blocks: rows.length },
        },
        now,
      );
    });
  } catch (error) {
    // Two editors saving on the same version at once: the unique number decides, the later one is refused.
    if (isUniqueViolation(error)) throw stale();
    throw error;
  }
  return { number };
}
