import type { Actor } from '../../../platform/authz/authz.ts';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient, TestResponse } from '../../../platform/testing/test-client.ts';
import { createChannel } from '../commands/create-channel.ts';
import type { ChannelSettings } from '../schemas.ts';

/** The demo organisation's admin as an actor, for setting up channels in tests. */
export function demoAdmin(test: TestApp): Actor {
  return {
    organisationId: test.demo.organisationId as string,
    userId: test.demo.adminUserId as string,
    grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
  };
}

/** Settings of an open, public channel; tests override what they need. */
export function openSettings(overrides: Partial<ChannelSettings> = {}): ChannelSettings {
  return {
    phaseId: null,
    question: { fi: 'Mitä torille pitäisi tehdä?', sv: 'Vad borde göras med torget?', en: 'What should be done with the market square?' },
    status: 'published',
    audience: 'anyone',
    audienceBodyIds: [],
    audienceUnitIds: [],
    participantsMayAdd: true,
    moderation: 'before',
    opensAt: null,
    closesAt: null,
    resultsPublic: true,
    ...overrides,
  };
}

/** Creates a channel in the demo process with numbered seed statements; answers its id. */
export async function createTestChannel(test: TestApp, overrides: Partial<ChannelSettings> = {}, seeds = 5): Promise<string> {
  const texts = Array.from({ length: seeds }, (_, index) => `Testiväite numero ${index + 1}.`);
  const input = { processId: test.demo.processId as string, settings: openSettings(overrides), seedStatements: texts, seedLanguage: 'fi' };
  return createChannel(test.context.db, demoAdmin(test), input, 'Europe/Helsinki', new Date());
}

/** The published statements of a channel by number, from the API. */
export async function statementIds(client: TestClient, channelId: string): Promise<string[]> {
  const response = await client.api('GET', `/api/v1/statements/${channelId}`);
  if (response.status !== 200) throw new Error(`GET channel answered ${response.status}`);
  return response.json<{ statements: Array<{ id: string }> }>().statements.map((statement) => statement.id);
}

/** Votes through the API. */
export function vote(client: TestClient, channelId: string, statementId: string, value: string): Promise<TestResponse> {
  return client.api('POST', `/api/v1/statements/${channelId}/votes`, { statementId, vote: value });
}

/** The stored effective votes of a channel counted per statement and value, straight from the table. */
export async function rawTotals(test: TestApp, channelId: string): Promise<Map<string, { agree: number; disagree: number; pass: number }>> {
  const rows = await test.context.db
    .selectFrom('statement_votes')
    .select(['statement_id', 'vote'])
    .where('channel_id', '=', channelId)
    .execute();
  const totals = new Map<string, { agree: number; disagree: number; pass: number }>();
  for (const row of rows) {
    const entry = totals.get(row.statement_id) ?? { agree: 0, disagree: 0, pass: 0 };
    if (Number(row.vote) === 1) entry.agree++;
    else if (Number(row.vote) === -1) entry.disagree++;
    else entry.pass++;
    totals.set(row.statement_id, entry);
  }
  return totals;
}
