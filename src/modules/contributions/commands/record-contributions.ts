import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { ContributionInput } from './record-contribution.ts';
import '../tables.ts';

/** Columns of one contribution row: 14 bound values each. */
const COLUMNS = 14;
/** SQLite binds at most 32,766 values per statement (PostgreSQL 65,535); stay well under both. */
const MAX_BOUND_VALUES = 30_000;
/** Rows per INSERT: as many as fit under the bound-value limit. */
export const CONTRIBUTIONS_PER_INSERT = Math.floor(MAX_BOUND_VALUES / COLUMNS);

/** A contribution of a bulk recording; `at` stamps it when it was given at another time than now (an import, the demo). */
export interface TimedContributionInput extends ContributionInput {
  at?: Date;
}

function sourceKey(input: ContributionInput): string {
  return `${input.organisationId}\u0000${input.sourceType}\u0000${input.sourceId}`;
}

/**
 * Records (or updates) many contributions at once: one multi-row
 * `INSERT … ON CONFLICT DO UPDATE` per batch of CONTRIBUTIONS_PER_INSERT,
 * instead of a select and an insert per text. Same meaning as calling
 * recordContribution for each input in order: the last input of a source
 * wins, and empty text removes the source's contribution. Call it in the
 * channel's own transaction.
 */
export async function recordContributions(db: Db, inputs: readonly TimedContributionInput[], now: Date): Promise<void> {
  const latest = new Map<string, TimedContributionInput>();
  for (const input of inputs) {
    latest.delete(sourceKey(input));
    latest.set(sourceKey(input), input);
  }
  const kept = [...latest.values()].filter((input) => input.text.trim() !== '');
  const emptied = [...latest.values()].filter((input) => input.text.trim() === '');
  await deleteEmptied(db, emptied);
  const rows = kept.map((input) => {
    const stamp = (input.at ?? now).toISOString();
    return {
      id: newId(),
      organisation_id: input.organisationId,
      process_id: input.processId,
      channel: input.channel,
      source_type: input.sourceType,
      source_id: input.sourceId,
      author_user_id: input.authorUserId,
      participant_key: input.participantKey ?? null,
      language: input.language,
      text: input.text.trim(),
      metadata: JSON.stringify(input.metadata ?? {}),
      hidden: 0,
      created_at: stamp,
      updated_at: stamp,
    };
  });
  for (let start = 0; start < rows.length; start += CONTRIBUTIONS_PER_INSERT) {
    await db
      .insertInto('contributions')
      .values(rows.slice(start, start + CONTRIBUTIONS_PER_INSERT))
      .onConflict((conflict) =>
        conflict.columns(['organisation_id', 'source_type', 'source_id']).doUpdateSet((eb) => ({
          process_id: eb.ref('excluded.process_id'),
          channel: eb.ref('excluded.channel'),
          author_user_id: eb.ref('excluded.author_user_id'),
          participant_key: eb.ref('excluded.participant_key'),
          language: eb.ref('excluded.language'),
          text: eb.ref('excluded.text'),
          metadata: eb.ref('excluded.metadata'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/** Removes the contributions of emptied sources, a batch of sources per statement. */
async function deleteEmptied(db: Db, emptied: ContributionInput[]): Promise<void> {
  const groups = new Map<string, { organisationId: string; sourceType: string; sourceIds: string[] }>();
  for (const input of emptied) {
    const key = `${input.organisationId}\u0000${input.sourceType}`;
    const group = groups.get(key) ?? { organisationId: input.organisationId, sourceType: input.sourceType, sourceIds: [] };
    group.sourceIds.push(input.sourceId);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    for (let start = 0; start < group.sourceIds.length; start += MAX_BOUND_VALUES - 2) {
      await db
        .deleteFrom('contributions')
        .$call(inOrganisation(group.organisationId, 'contributions'))
        .where('source_type', '=', group.sourceType)
        .where('source_id', 'in', group.sourceIds.slice(start, start + MAX_BOUND_VALUES - 2))
        .execute();
    }
  }
}
