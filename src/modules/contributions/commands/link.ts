import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import '../tables.ts';

/** One end of a link: a type name and an id. */
export interface LinkEnd {
  type: string;
  id: string;
}

/** Records a typed link once (a repeated link is a no-op). */
export async function addLink(db: Db, organisationId: string, from: LinkEnd, relation: string, to: LinkEnd, now: Date): Promise<void> {
  await db
    .insertInto('links')
    .values({
      id: newId(),
      organisation_id: organisationId,
      from_type: from.type,
      from_id: from.id,
      relation,
      to_type: to.type,
      to_id: to.id,
      created_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'from_type', 'from_id', 'relation', 'to_type', 'to_id']).doNothing())
    .execute();
}

/** One link of a bulk write: from, relation, to. */
export interface LinkInput {
  from: LinkEnd;
  relation: string;
  to: LinkEnd;
}

/** Columns of one link row: 8 bound values each. */
const LINK_COLUMNS = 8;
/** Rows per INSERT of addLinks: under SQLite's 32,766 bound values (PostgreSQL's 65,535). */
export const LINKS_PER_INSERT = Math.floor(30_000 / LINK_COLUMNS);

/**
 * Records many typed links at once, each only once (as addLink, a repeated link is a no-op):
 * one multi-row `INSERT … ON CONFLICT DO NOTHING` per batch of LINKS_PER_INSERT, instead of
 * one round trip per link (a published theme set writes one link per theme and contribution).
 */
export async function addLinks(db: Db, organisationId: string, links: readonly LinkInput[], now: Date): Promise<void> {
  const at = now.toISOString();
  const rows = links.map((link) => ({
    id: newId(),
    organisation_id: organisationId,
    from_type: link.from.type,
    from_id: link.from.id,
    relation: link.relation,
    to_type: link.to.type,
    to_id: link.to.id,
    created_at: at,
  }));
  for (let start = 0; start < rows.length; start += LINKS_PER_INSERT) {
    await db
      .insertInto('links')
      .values(rows.slice(start, start + LINKS_PER_INSERT))
      .onConflict((conflict) => conflict.columns(['organisation_id', 'from_type', 'from_id', 'relation', 'to_type', 'to_id']).doNothing())
      .execute();
  }
}

/**
 * Removes the links of one relation that start at any of `fromIds` of `fromType` (a theme set's sources rewritten after an
 * edit); with `toIds`, only those ending at one of them (an undone split's one link, not the theme's earlier splits).
 */
export async function removeLinksFrom(
  db: Db,
  organisationId: string,
  fromType: string,
  fromIds: readonly string[],
  relation: string,
  toIds?: readonly string[],
): Promise<void> {
  if (toIds?.length === 0) return;
  for (let start = 0; start < fromIds.length; start += 10_000) {
    await db
      .deleteFrom('links')
      .where('organisation_id', '=', organisationId)
      .where('from_type', '=', fromType)
      .where('from_id', 'in', fromIds.slice(start, start + 10_000))
      .where('relation', '=', relation)
      .$if(toIds !== undefined, (query) => query.where('to_id', 'in', toIds ?? []))
      .execute();
  }
}
