import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/module.ts';
import { listUnitTree } from '../../organisations/index.ts';
import { loadVisibleProcess, PROCESS_SLUG_MAX_LENGTH, todayIn } from '../../processes/index.ts';
import { type COVERAGE_STATUSES, coverageStatus } from '../model.ts';
import { listRoundRecords } from '../queries/list-round-records.ts';
import { listRounds } from '../queries/list-rounds.ts';
import { loadResults } from '../queries/load-results.ts';
import { roundCommunities } from '../queries/round-communities.ts';

const localizedSchema = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

const roundsResponseSchema = z.object({
  rounds: z.array(
    z.object({
      id: z.string(),
      title: localizedSchema,
      phaseId: z.string().nullable(),
      opensOn: z.string(),
      dueOn: z.string(),
      /** Over every work community of the round, on today's date in the organisation's time zone. */
      coverage: z.object({
        communities: z.number().int(),
        held: z.number().int(),
        underWay: z.number().int(),
        notStarted: z.number().int(),
        overdue: z.number().int(),
        /** Participants of the held dialogues together; null when fewer than five. */
        participants: z.number().int().nullable(),
        commitments: z.number().int(),
      }),
      /** The records their leads made public in which at least five took part. */
      published: z.array(
        z.object({
          workCommunityId: z.string(),
          workCommunity: localizedSchema,
          heldOn: z.string().nullable(),
          participants: z.number().int(),
          answers: z.array(z.string()),
          commitments: z.array(
            z.object({
              what: z.string(),
              whoRole: z.string(),
              dueOn: z.string().nullable(),
              status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** The public read of a process's dialogue rounds: coverage counts and the published records. */
export function registerApiRoutes(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/dialogues',
    summary: 'A process’s work-community dialogue rounds with their coverage counts and published records',
    tag: 'dialogues',
    params: z.object({ slug: z.string().min(1).max(PROCESS_SLUG_MAX_LENGTH) }),
    response: roundsResponseSchema,
    handler: async ({ params, request }) => {
      const actor = request.identity.actor;
      const process = await loadVisibleProcess(context, actor, params.slug);
      const today = todayIn(context.clock.now(), request.organisation.timeZone);
      const tree = await listUnitTree(context.db, actor.organisationId);
      const rounds = await listRounds(context.db, actor.organisationId, { processId: process.id });
      const answered = [];
      for (const round of rounds) {
        const records = await listRoundRecords(context.db, actor.organisationId, round.id);
        const statuses = roundCommunities(tree, round.unitIds).map((community) =>
          coverageStatus(records.get(community.id)?.record, round.dueOn, today),
        );
        const count = (status: (typeof COVERAGE_STATUSES)[number]) => statuses.filter((candidate) => candidate === status).length;
        const results = await loadResults(context.db, actor.organisationId, round);
        answered.push({
          id: round.id,
          title: round.title,
          phaseId: round.phaseId,
          opensOn: round.opensOn,
          dueOn: round.dueOn,
          coverage: {
            communities: statuses.length,
            held: count('held'),
            underWay: count('under_way'),
            notStarted: count('not_started'),
            overdue: count('overdue'),
            participants: results.participants,
            commitments: results.commitments,
          },
          published: results.published.map(({ community, record, commitments }) => ({
            workCommunityId: community.id,
            workCommunity: community.name,
            heldOn: record.heldOn,
            participants: record.participants ?? 0,
            answers: record.answers,
            commitments: commitments.map((commitment) => ({
              what: commitment.what,
              whoRole: commitment.whoRole,
              dueOn: commitment.dueOn,
              status: commitment.status,
            })),
          })),
        });
      }
      return { rounds: answered };
    },
  });
}
