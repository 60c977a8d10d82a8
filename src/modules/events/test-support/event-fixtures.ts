import assert from 'node:assert/strict';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { eventBody } from './rush-event.ts';

/** The instant the event tests start at: early March 2013, before every demo event. */
export const TEST_NOW = '2013-03-10T08:00:00.000Z';

/** Creates an event through the API and sets its registration; answers its id. */
export async function createEventWith(
  admin: TestClient,
  test: TestApp,
  settings: Record<string, unknown>,
  details: Record<string, unknown> = {},
): Promise<string> {
  const created = await admin.api('POST', `/api/v1/processes/${test.demo.processSlug}/events`, eventBody(details));
  assert.equal(created.status, 201, created.text);
  const id = created.json<{ id: string }>().id;
  const saved = await admin.api('PUT', `/api/v1/events/${id}/registration-settings`, { registrationMode: 'open', ...settings });
  assert.equal(saved.status, 200, saved.text);
  return id;
}

/** Registers through the API as whoever the client is; answers the response. */
export function registerByApi(client: TestClient, eventId: string, body: Record<string, unknown>) {
  return client.api('POST', `/api/v1/events/${eventId}/registrations`, body);
}

/** The id of a demo unit by its key. */
export function unitId(test: TestApp, key: string): string {
  const id = test.demo.unitIds?.[key];
  assert.ok(id, `no demo unit ${key}`);
  return id;
}

/** The registrations of an event straight from the database, in registration order. */
export function registrationsOf(test: TestApp, eventId: string) {
  return test.context.db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).orderBy('seq').execute();
}

/** A problem+json answer's type and detail. */
export function problemOf(response: { json<T>(): T }) {
  return response.json<{
    type: string;
    status: number;
    detail: string;
    errors?: Array<{ field: string; code: string; message: string }>;
  }>();
}
