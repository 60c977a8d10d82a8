import assert from 'node:assert/strict';
import type { TestApp } from '../../../platform/testing/test-app.ts';

/** A unit of the demo with its quota in the rush event. */
export interface RushUnit {
  id: string;
  workCommunityIds: string[];
  quotaId: string;
  seats: number;
}

/** An open event whose seats are split over the demo's units by headcount. */
export interface RushEvent {
  eventId: string;
  units: RushUnit[];
}

interface UnitNode {
  id: string;
  children: UnitNode[];
}

/** Event details the API accepts, on a day after the test clock's now. */
export function eventBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'workshop',
    title: { fi: 'Kiiretyöpaja', sv: 'Brådskande workshop', en: 'Rush workshop' },
    startsOn: '2013-03-22',
    startTime: '12:00',
    endTime: '16:00',
    audience: 'public',
    status: 'confirmed',
    ...overrides,
  };
}

/** Creates, through the API as the demo admin, an open event with `capacity` seats split by headcount over the top-level units. */
export async function createRushEvent(
  test: Pick<TestApp, 'adminClient' | 'demo'>,
  capacity: number,
  settings: Record<string, unknown> = {},
): Promise<RushEvent> {
  const admin = await test.adminClient();
  const created = await admin.api('POST', `/api/v1/processes/${test.demo.processSlug}/events`, eventBody());
  assert.equal(created.status, 201, created.text);
  const eventId = created.json<{ id: string }>().id;
  const body = { registrationMode: 'open', capacity, quotaAttribute: 'unit', quotaSplit: 'headcount', ...settings };
  const saved = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, body);
  assert.equal(saved.status, 200, saved.text);
  const quotas = saved.json<{ seats: { quotas: Array<{ id: string; value: string; seats: number }> } }>().seats.quotas;
  const tree = (await admin.api('GET', '/api/v1/units')).json<{ items: UnitNode[] }>().items;
  const units = tree.map((unit) => {
    const quota = quotas.find((entry) => entry.value === unit.id);
    assert.ok(quota, `no quota for unit ${unit.id}`);
    return { id: unit.id, workCommunityIds: unit.children.map((child) => child.id), quotaId: quota.id, seats: quota.seats };
  });
  return { eventId, units };
}
