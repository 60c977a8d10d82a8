import { demoAccount } from '../../demo/demo-accounts.ts';
import type { LiveDemoState } from '../../demo/rauma-live.ts';
import type { TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';

/** A client signed in as one of the demo's accounts (`resident`, `staff`, `manager` …). */
export async function demoClient(test: TestApp, key: string): Promise<TestClient> {
  const client = test.client();
  const account = demoAccount(key);
  await client.signIn(account.email, account.password);
  return client;
}

/** The form fields of a first version: a heading and two paragraphs in fi, one translated to sv. */
export const firstVersionForm: Record<string, string> = {
  baseNumber: '0',
  'changelog.fi': 'Ensimmäinen luonnos',
  'blocks.0.kind': 'heading',
  'blocks.0.text.fi': 'Visio',
  'blocks.0.text.sv': 'Vision',
  'blocks.1.kind': 'paragraph',
  'blocks.1.text.fi': 'Rauma on vanha kaupunki meren rannalla.',
  'blocks.1.text.sv': 'Raumo är en gammal stad vid havet.',
  'blocks.2.kind': 'paragraph',
  'blocks.2.text.fi': 'Tehdään yhdessä hyvä tarina.',
};

/** Creates versions through the API as the demo admin (`blocks` in Finnish, one paragraph each) and answers their numbers. */
export async function saveVersion(
  admin: TestClient,
  slug: string,
  baseNumber: number,
  paragraphs: Array<{ key?: string; fi: string; sv?: string }>,
) {
  const response = await admin.api('POST', `/api/v1/processes/${slug}/story/versions`, {
    baseNumber,
    changelog: { fi: `Versio ${baseNumber + 1}` },
    blocks: paragraphs.map((paragraph) => ({ key: paragraph.key, kind: 'paragraph', text: { fi: paragraph.fi, sv: paragraph.sv } })),
  });
  if (response.status !== 201) throw new Error(`saving a version answered ${response.status}: ${response.text}`);
  return response.json<{ number: number }>().number;
}

/** The demo's live process, whose story the tests write (the 2013 process holds the demo's approved story). */
export function storyTestProcess(test: TestApp): { processId: string; processSlug: string } {
  const live = test.demo.live as LiveDemoState;
  return { processId: live.processId, processSlug: live.processSlug };
}
