import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { VoteTotals } from '../model.ts';
import '../tables.ts';

/** Each statement's agree, disagree and pass counts, counted from the stored votes (statement id → totals). */
export async function countVotes(db: Db, organisationId: string, channelId: string): Promise<Map<string, VoteTotals>> {
  const rows = await db
    .selectFrom('statement_votes')
    .select(['statement_id', 'vote', (eb) => eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(organisationId, 'statement_votes'))
    .where('channel_id', '=', channelId)
    .groupBy(['statement_id', 'vote'])
    .execute();
  const totals = new Map<string, VoteTotals>();
  for (const row of rows) {
    const entry = totals.get(row.statement_id) ?? { agree: 0, disagree: 0, pass: 0 };
    const vote = Number(row.vote);
    if (vote === 1) entry.agree += Number(row.count);
    else if (vote === -1) entry.disagree += Number(row.count);
    else entry.pass += Number(row.count);
    totals.set(row.statement_id, entry);
  }
  return totals;
}

/** How many took part (voted or wrote) and how many votes count, in a channel. */
export async function channelFigures(db: Db, organisationId: string, channelId: string): Promise<{ participants: number; votes: number }> {
  const participants = await db
    .selectFrom('statement_participants')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(organisationId, 'statement_participants'))
    .where('channel_id', '=', channelId)
    .executeTakeFirstOrThrow();
  const votes = await db
    .selectFrom('statement_votes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(organisationId, 'statement_votes'))
    .where('channel_id', '=', channelId)
    .executeTakeFirstOrThrow();
  return { participants: Number(participants.count), votes: Number(votes.count) };
}
