import assert from 'node:assert/strict';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient, TestResponse } from '../../../platform/testing/test-client.ts';

/** Settings of a small test workshop; each test changes what it needs. */
export function workshopInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'workshop',
    title: { fi: 'Testityöpaja', sv: 'Testverkstad', en: 'Test workshop' },
    description: { fi: '' },
    eventId: null,
    access: 'code',
    audienceIds: [],
    noteNames: 'anonymous',
    noteMaxLength: 120,
    notesHidden: false,
    dotsPerParticipant: 3,
    resultsPublic: false,
    prompts: [
      { text: { fi: 'Mikä Raumassa on parasta?', sv: 'Vad är bäst i Raumo?', en: 'What is best in Rauma?' } },
      { text: { fi: 'Mitä pitäisi muuttaa?' } },
    ],
    groups: [],
    ...overrides,
  };
}

/** A created workshop as the API answers it. */
export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  prompts: Array<{ id: string; stage: string }>;
  groups: Array<{ id: string; name: string }>;
  version: number;
}

/** Creates a workshop in the demo process through the API as the given (facilitating) client. */
export async function createWorkshop(test: TestApp, client: TestClient, overrides: Record<string, unknown> = {}): Promise<CreatedWorkshop> {
  const response = await client.api('POST', `/api/v1/processes/${test.demo.processSlug}/workshops`, workshopInput(overrides));
  assert.equal(response.status, 201, response.text);
  return response.json<CreatedWorkshop>();
}

/** Joins a workshop through the API; answers the response. */
export function join(client: TestClient, code: string, details: Record<string, unknown> = {}): Promise<TestResponse> {
  return client.api('POST', '/api/v1/workshops/join', { code, ...details });
}

/** Moves a prompt to a stage through the API (as a facilitator). */
export async function setStage(client: TestClient, workshopId: string, promptId: string, stage: string): Promise<void> {
  const response = await client.api('POST', `/api/v1/workshops/${workshopId}/prompts/${promptId}/stage`, { stage });
  assert.equal(response.status, 204, response.text);
}

/** The `detail` of a problem+json answer. */
export function detail(response: TestResponse): string {
  return response.json<{ detail: string }>().detail;
}
