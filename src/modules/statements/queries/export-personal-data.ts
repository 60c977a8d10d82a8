import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { PersonalDataSubject } from '../../../platform/personal-data.ts';
import '../tables.ts';

/**
 * A signed-in person's part of "download my data": the channels they took
 * part in, the statements they wrote and their votes. Votes cast without an
 * account are tied to a browser cookie, not to the person, and are not here.
 */
export async function exportStatementsPersonalData(context: Pick<AppContext, 'db'>, subject: PersonalDataSubject) {
  const participants = await context.db
    .selectFrom('statement_participants')
    .select(['id', 'channel_id', 'number', 'created_at'])
    .$call(inOrganisation(subject.organisationId, 'statement_participants'))
    .where('user_id', '=', subject.userId)
    .execute();
  const ids = participants.map((participant) => participant.id);
  if (ids.length === 0) return { participations: [] };
  const statements = await context.db
    .selectFrom('statements')
    .select(['id', 'channel_id', 'number', 'text', 'language', 'status', 'created_at'])
    .$call(inOrganisation(subject.organisationId, 'statements'))
    .where('author_participant_id', 'in', ids)
    .execute();
  const votes = await context.db
    .selectFrom('statement_votes')
    .innerJoin('statements', 'statements.id', 'statement_votes.statement_id')
    .select(['statement_votes.participant_id', 'statements.number', 'statements.text', 'statement_votes.vote', 'statement_votes.voted_at'])
    .$call(inOrganisation(subject.organisationId, 'statement_votes'))
    .where('statement_votes.participant_id', 'in', ids)
    .execute();
  return {
    participations: participants.map((participant) => ({
      channelId: participant.channel_id,
      participantNumber: participant.number,
      since: participant.created_at,
      statements: statements
        .filter((statement) => statement.channel_id === participant.channel_id)
        .map(({ id, number, text, language, status, created_at }) => ({ id, number, text, language, status, createdAt: created_at })),
      votes: votes
        .filter((vote) => vote.participant_id === participant.id)
        .map((vote) => ({ statementNumber: vote.number, statement: vote.text, vote: vote.vote, votedAt: vote.voted_at })),
    })),
  };
}
