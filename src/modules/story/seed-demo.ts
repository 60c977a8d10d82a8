import type { Actor } from '../../platform/authz/authz.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createComment } from './commands/create-comment.ts';
import { createResponse } from './commands/create-response.ts';
import { createVersion } from './commands/create-version.ts';
import { recordDecision } from './commands/record-decision.ts';
import { setCommentPeriod } from './commands/set-comment-period.ts';
import {
  DEMO_CHANGELOGS,
  DEMO_COMMENTS,
  DEMO_DECISION,
  DEMO_RESPONSES,
  DEMO_VERSION_1,
  DEMO_VERSION_2_ADDED,
  DEMO_VERSION_2_CHANGES,
} from './demo-texts.ts';
import type { Version } from './model.ts';
import { listBlocks } from './queries/list-blocks.ts';
import { listVersions } from './queries/list-versions.ts';
import { linkSeminars, seedSeminars } from './seed-seminars.ts';

const at = (instant: string) => new Date(instant);

async function versionOf(context: AppContext, organisationId: string, processId: string, number: number): Promise<Version> {
  const version = (await listVersions(context.db, organisationId, processId)).find((item) => item.number === number);
  if (!version) throw new Error(`the story demo's version ${number} was not saved`);
  return version;
}

/** Version 2: version 1's blocks by key with the changed texts, and the added paragraph after the organisation's. */
function secondVersionBlocks(keys: Map<string, string>) {
  return DEMO_VERSION_1.flatMap((block) => {
    const kept = { key: keys.get(block.name), kind: block.kind, text: DEMO_VERSION_2_CHANGES[block.name] ?? block.text };
    if (block.name !== 'organisation') return [kept];
    return [kept, { key: undefined, kind: DEMO_VERSION_2_ADDED.kind, text: DEMO_VERSION_2_ADDED.text }];
  });
}

/** The August comments on version 1, by the demo's accounts; their ids grouped by the response each gets. */
async function seedComments(context: AppContext, state: DemoState, first: Version, keys: Map<string, string>): Promise<string[][]> {
  const organisationId = state.organisationId ?? '';
  const commentIds: string[][] = DEMO_RESPONSES.map(() => []);
  for (const [index, comment] of DEMO_COMMENTS.entries()) {
    const userId = state.userIds?.[comment.account];
    const id = await createComment(
      context.db,
      {
        organisationId,
        versionId: first.id,
        language: comment.language,
        commenter: userId ? { userId } : { pseudonym: `demo-${comment.account}` },
        input: { blockKey: keys.get(comment.block) ?? '', passage: comment.passage, body: comment.body, notify: false },
      },
      at(`2013-08-${String(5 + index * 6).padStart(2, '0')}T10:00:00Z`),
    );
    commentIds[comment.response]?.push(id);
  }
  return commentIds;
}

/** The city council's decision of September 2013 that approved version 2 and froze it. */
async function recordCouncilDecision(context: AppContext, editor: Actor, second: Version, council: string): Promise<void> {
  await recordDecision(
    context.db,
    editor,
    second,
    {
      bodyId: council,
      meetingDate: DEMO_DECISION.meetingDate,
      sectionNumber: DEMO_DECISION.sectionNumber,
      text: DEMO_DECISION.text,
      votesFor: null,
      votesAgainst: null,
      votesAbstain: null,
      dissent: { fi: '' },
      minutesUrl: null,
    },
    at('2013-09-17T09:00:00Z'),
  );
}

/**
 * Rauma's Story of 2013 in the finished process: the June draft (version 1) out for comments in
 * August, residents' and staff's comments on its paragraphs (one on a passage), version 2 of
 * September written from them, the editors' official responses (taken, partly, out of scope) and the
 * city council's decision that approved and froze version 2; the council's and board's seminars of spring
 * with their agreed outcomes, linked to the paragraphs they shaped in both versions. Written by the demo's admin as the
 * process's editor; the commenters are the demo's accounts (roles only).
 */
export async function seedStoryDemo(context: AppContext, state: DemoState): Promise<void> {
  const { organisationId, processId, adminUserId } = state;
  const council = state.bodyIds?.council;
  if (!organisationId || !processId || !adminUserId || !council) {
    throw new Error('the story demo needs the organisation, accounts and processes demos first');
  }
  const editor: Actor = { organisationId, userId: adminUserId, grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }] };
  const { db } = context;
  const process = { id: processId };
  await seedSeminars(context, state, editor, processId);
  const blocks = DEMO_VERSION_1.map((block) => ({ kind: block.kind, text: block.text }));
  await createVersion(db, editor, process, { baseNumber: 0, changelog: DEMO_CHANGELOGS[0], blocks }, at('2013-06-10T09:00:00Z'));
  const first = await versionOf(context, organisationId, processId, 1);
  const keys = new Map(
    (await listBlocks(db, organisationId, first.id)).map((block, index) => [DEMO_VERSION_1[index]?.name ?? '', block.key]),
  );
  await linkSeminars(context, editor, first, keys, at('2013-06-10T10:00:00Z'));
  const phases = state.phaseIdsByKey as Record<string, string> | undefined;
  await setCommentPeriod(
    db,
    editor,
    first,
    {
      phaseId: phases?.decision ?? null,
      opensAt: '2013-08-01T06:00:00.000Z',
      closesAt: '2013-08-31T20:59:00.000Z',
      audience: 'anyone',
      audienceIds: [],
    },
    at('2013-07-29T09:00:00Z'),
  );
  const commentIds = await seedComments(context, state, first, keys);
  await createVersion(
    db,
    editor,
    process,
    { baseNumber: 1, changelog: DEMO_CHANGELOGS[1], blocks: secondVersionBlocks(keys) },
    at('2013-09-03T09:00:00Z'),
  );
  const second = await versionOf(context, organisationId, processId, 2);
  await linkSeminars(context, editor, second, keys, at('2013-09-03T10:00:00Z'));
  const latest = await listBlocks(db, organisationId, second.id);
  const latestKeys = latest.map((block) => block.key);
  const added = latest.find((block) => ![...keys.values()].includes(block.key))?.key ?? null;
  for (const [index, response] of DEMO_RESPONSES.entries()) {
    const changed = response.changed === 'good-deed' ? added : response.changed ? (keys.get(response.changed) ?? null) : null;
    await createResponse(
      db,
      editor,
      first,
      latestKeys,
      { commentIds: commentIds[index] ?? [], outcome: response.outcome, text: response.text, changedBlockKey: changed, publish: true },
      at('2013-09-04T09:00:00Z'),
    );
  }
  await recordCouncilDecision(context, editor, second, council);
}
