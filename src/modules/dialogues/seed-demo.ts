import type { Actor } from '../../platform/authz/authz.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { listUnitTree } from '../organisations/index.ts';
import { changeCommitmentStatus } from './commands/change-commitment-status.ts';
import { createRound } from './commands/create-round.ts';
import { openRecord } from './commands/open-record.ts';
import { saveRecord } from './commands/save-record.ts';
import { DEMO_RECORDS, DEMO_ROUND } from './demo-texts.ts';
import type { Commitment } from './model.ts';
import { findRecord } from './queries/find-record.ts';
import { findRound } from './queries/find-round.ts';
import { roundCommunities } from './queries/round-communities.ts';

/** How each demo work community's dialogue went, in turn: held on time, held, held late, opened only, never opened. */
const OUTCOMES = ['held', 'held', 'late', 'opened', 'none'] as const;

const at = (date: string) => new Date(`${date}T10:00:00Z`);

/**
 * The May 2013 round of the REAL community dialogue over every work community of the demo:
 * some held (one late), some opened but never submitted, some never opened; as the 2013
 * process is over, every one not held shows as overdue. Recorded by the units' managers (roles only).
 */
export async function seedDialoguesDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  if (!organisationId || !state.processId || !state.adminUserId)
    throw new Error('the dialogues demo needs the organisation, accounts and process demos first');
  const coordinator: Actor = {
    organisationId,
    userId: state.adminUserId,
    grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
  };
  const roundId = await createRound(
    context.db,
    coordinator,
    {
      processId: state.processId,
      phaseId: state.phaseIds?.[2] ?? null,
      ...DEMO_ROUND,
      unitIds: [],
      opensOn: '2013-05-06',
      dueOn: '2013-06-14',
    },
    at('2013-04-29'),
  );
  const round = await findRound(context.db, organisationId, roundId);
  if (!round) throw new Error('the demo round was not saved');
  state.dialogueRoundId = roundId;
  const communities = roundCommunities(await listUnitTree(context.db, organisationId), []);
  const unitKeys = new Map(Object.entries(state.unitIds ?? {}).map(([key, id]) => [id, key]));
  for (const [index, community] of communities.entries()) {
    const outcome = OUTCOMES[index % OUTCOMES.length];
    if (outcome === 'none') continue;
    const managerKey = `unit-manager-${unitKeys.get(community.topUnit.id) ?? ''}`;
    const lead: Actor = {
      organisationId,
      userId: state.userIds?.[managerKey] ?? null,
      grants: [{ role: 'unit_manager', scopeType: 'unit', scopeId: community.topUnit.id }],
    };
    const scene = {
      round,
      community,
      record: undefined,
      commitments: [] as Commitment[],
      subject: { processId: round.processId, unitPath: community.path },
      changes: new Map(),
      live: undefined,
    };
    await openRecord(context.db, lead, scene, at('2013-05-13'));
    if (outcome === 'opened') continue;
    const texts = DEMO_RECORDS[index % DEMO_RECORDS.length]!;
    const heldOn = outcome === 'late' ? '2013-06-20' : `2013-05-${String(20 + (index % 8)).padStart(2, '0')}`;
    const found = await findRecord(context.db, organisationId, roundId, community.id);
    await saveRecord(
      context.db,
      lead,
      { ...scene, record: found?.record },
      {
        heldOn,
        participants: Math.max(3, Math.min(community.headcount, 6 + ((index * 7) % 20))),
        answers: [...texts.answers],
        commitments: texts.commitments.map((commitment) => ({ ...commitment })),
        // Every other held dialogue is published; the results still hide those of fewer than five.
        visibility: index % 2 === 0 ? 'public' : 'unit',
        submit: true,
      },
      at(outcome === 'late' ? '2013-06-21' : heldOn),
      { timeZone: 'Europe/Helsinki', locale: 'fi' },
    );
    await followUpDemoCommitments(context, lead, roundId, community.id, index);
  }
}

/** The follow-up of a held dialogue's commitments in the autumn: the first under way, every other one done, a second one dropped. */
async function followUpDemoCommitments(context: AppContext, lead: Actor, roundId: string, communityId: string, index: number) {
  const commitments = (await findRecord(context.db, lead.organisationId, roundId, communityId))?.commitments ?? [];
  const [first, second] = commitments;
  if (first) {
    await changeCommitmentStatus(context.db, lead, first, 'in_progress', at('2013-09-02'));
    if (index % 2 === 0) await changeCommitmentStatus(context.db, lead, { ...first, status: 'in_progress' }, 'done', at('2013-11-20'));
  }
  if (second && index % 3 === 1) await changeCommitmentStatus(context.db, lead, second, 'dropped', at('2013-10-07'));
}
