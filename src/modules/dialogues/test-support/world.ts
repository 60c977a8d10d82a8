import assert from 'node:assert/strict';
import { createAccount, PERSON_PASSWORD, type TestPerson } from '../../../platform/testing/people.ts';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';

/** A demo unit's or work community's id by its demo key. */
export function unitOf(test: TestApp, key: string): string {
  const id = test.demo.unitIds?.[key];
  assert.ok(id, `the demo has a unit ${key}`);
  return id;
}

/** A member of staff who leads a work community: a unit manager scoped to it (granted by the admin's form), signed in. */
export async function createLead(
  test: TestApp,
  admin: TestClient,
  key: string,
  unitId: string,
  locale: 'fi' | 'sv' | 'en' = 'fi',
): Promise<TestPerson> {
  const account = await createAccount(test, key, { roles: ['member'], unitId, locale });
  const granted = await admin.postForm(`/fi/admin/users/${account.userId}/roles`, {
    role: 'unit_manager',
    scopeType: 'unit',
    unitId,
    processSlug: '',
  });
  assert.equal(granted.status, 303);
  const client = test.client({ 'accept-language': 'fi' });
  await client.signIn(account.email, PERSON_PASSWORD);
  return { ...account, client };
}

/** Creates a round through the API as the admin: the demo's process, the units given, these dates. Answers its id. */
export async function createRoundByApi(
  test: TestApp,
  admin: TestClient,
  options: { unitIds?: string[]; opensOn?: string; dueOn?: string; questions?: string } = {},
): Promise<string> {
  const created = await admin.api('POST', '/api/v1/dialogue-rounds', {
    processId: test.demo.processId,
    title: { fi: 'Toukokuun dialogi', en: 'The May dialogue' },
    questions: { fi: options.questions ?? 'Mitä tarina merkitsee työssämme?\nMitä teemme toisin?\nMihin sitoudumme?' },
    unitIds: options.unitIds ?? [],
    opensOn: options.opensOn ?? '2026-01-01',
    dueOn: options.dueOn ?? '2099-12-31',
  });
  assert.equal(created.status, 201, created.text);
  return created.json<{ id: string }>().id;
}
