import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { type AuditEntry, recordAudit, recordAuditMany } from './audit.ts';

describe('recordAuditMany', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  const rowsOf = (action: string) =>
    test.context.db
      .selectFrom('audit_log')
      .select(['organisation_id', 'actor_user_id', 'action', 'subject_type', 'subject_id', 'details', 'ip', 'created_at'])
      .where('action', '=', action)
      .orderBy('subject_id')
      .execute();

  it('writes the same rows as recordAudit one by one, over more entries than one statement takes', async () => {
    const organisationId = test.demo.organisationId as string;
    const now = new Date('2026-12-07T05:00:00.000Z');
    const entry = (action: string, index: number): AuditEntry => ({
      organisationId,
      actorUserId: null,
      action,
      subjectType: 'user',
      subjectId: `subject-${String(index).padStart(4, '0')}`,
      ...(index % 2 === 0 ? { details: { index, via: 'test' } } : {}),
    });
    const count = 1_001;
    await recordAuditMany(
      test.context.db,
      Array.from({ length: count }, (_, index) => entry('test.audit.many', index)),
      now,
    );
    for (let index = 0; index < count; index += 1) await recordAudit(test.context.db, entry('test.audit.one', index), now);
    const many = await rowsOf('test.audit.many');
    const one = await rowsOf('test.audit.one');
    assert.equal(many.length, count);
    assert.deepEqual(
      many.map(({ action: _, ...row }) => row),
      one.map(({ action: _, ...row }) => row),
    );
    await recordAuditMany(test.context.db, [], now);
  });
});
