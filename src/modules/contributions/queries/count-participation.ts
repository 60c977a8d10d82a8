import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Channel } from '../tables.ts';
import '../tables.ts';

/** How many people took part through one channel in a period, and how many contributions they gave. */
export interface ChannelParticipation {
  channel: Channel;
  people: number;
  contributions: number;
}

/** The organisation's participation in a period: per channel, and the distinct people over all channels. */
export interface Participation {
  channels: ChannelParticipation[];
  people: number;
  contributions: number;
}

// A person is an account or, without one, a pseudonymous participant key; the prefixes keep the two apart.
// `'u:' || null` is null on both engines, so coalesce picks whichever the row has.
const person = sql<string>`coalesce('u:' || author_user_id, 'p:' || participant_key)`;

/**
 * Participation in the organisation from `from` (inclusive) to `to` (exclusive), both
 * UTC instants: contributions per channel (hidden ones too: they were given) and the
 * distinct people who gave them. A contribution with neither an account nor a
 * participant key counts as a contribution but names no person.
 */
export async function countParticipation(db: Db, organisationId: string, period: { from: Date; to: Date }): Promise<Participation> {
  const inPeriod = db
    .selectFrom('contributions')
    .$call(inOrganisation(organisationId, 'contributions'))
    .where('created_at', '>=', period.from.toISOString())
    .where('created_at', '<', period.to.toISOString());
  const [rows, total] = await Promise.all([
    inPeriod
      .select((eb) => ['channel', eb.fn.countAll<number>().as('contributions'), eb.fn.count<number>(person).distinct().as('people')])
      .groupBy('channel')
      .orderBy('channel')
      .execute(),
    inPeriod
      .select((eb) => [eb.fn.countAll<number>().as('contributions'), eb.fn.count<number>(person).distinct().as('people')])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    channels: rows.map((row) => ({ channel: row.channel, people: Number(row.people), contributions: Number(row.contributions) })),
    people: Number(total.people),
    contributions: Number(total.contributions),
  };
}
