import type { TestApp } from '../../../platform/testing/test-app.ts';
import { findProcessById, type Process } from '../../processes/index.ts';
import { insertProcess } from '../../processes/test-fixtures.ts';

/** A bare public process of the demo organisation, for tests that count what they put in it. */
export async function createProcessForTest(test: TestApp, slug: string): Promise<Process> {
  const organisationId = test.demo.organisationId!;
  const id = await insertProcess(test.context.db, organisationId, { slug });
  const process = await findProcessById(test.context.db, organisationId, id);
  if (!process) throw new Error('the test process was not made');
  return process;
}
