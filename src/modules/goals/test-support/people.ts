import type { Role } from '../../../platform/authz/authz.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson, type TestPerson } from '../../../platform/testing/people.ts';
import type { TestApp } from '../../../platform/testing/test-app.ts';
import '../../accounts/tables.ts';

/** A signed-in person holding `role` for one unit (and what is beneath it). */
export async function createUnitPerson(test: TestApp, key: string, role: Role, unitId: string): Promise<TestPerson> {
  const person = await createPerson(test, key, { unitId });
  await test.context.db
    .insertInto('role_grants')
    .values({
      id: newId(),
      organisation_id: test.demo.organisationId as string,
      user_id: person.userId,
      role,
      scope_type: 'unit',
      scope_id: unitId,
      created_at: new Date().toISOString(),
    })
    .execute();
  // The grant is read at sign-in: sign in again so the session's actor holds it.
  const client = test.client({ 'accept-language': 'fi' });
  await client.signIn(person.email, 'yleisötestin-salasana');
  return { ...person, client };
}
