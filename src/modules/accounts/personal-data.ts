import { recordAudit } from '../../platform/audit/audit.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { erasedSubjectHash } from '../../platform/erasures.ts';
import type { OrganisationInfo } from '../../platform/http/request-context.ts';
import type { AppContext } from '../../platform/module.ts';
import type { PersonalDataSubject } from '../../platform/personal-data.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';
import { exportAccountData } from './queries/export-account-data.ts';
import './tables.ts';

/**
 * Everything Tarina stores about a person: the accounts part first, then each
 * module's declared part. The export is a read of personal data, so it is
 * audited first (and the export then shows its own audit entry).
 */
export async function collectPersonalData(
  context: AppContext,
  organisation: OrganisationInfo,
  subject: PersonalDataSubject,
): Promise<Record<string, unknown>> {
  const now = context.clock.now();
  await recordAudit(
    context.db,
    {
      organisationId: organisation.id,
      actorUserId: subject.userId,
      action: AUDIT_ACTIONS.personalDataExport,
      subjectType: 'user',
      subjectId: subject.userId,
    },
    now,
  );
  const data: Record<string, unknown> = {
    exportedAt: now.toISOString(),
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
    accounts: await exportAccountData(context.db, subject),
  };
  // Each module's part under its name, from the handlers its manifest declares.
  for (const part of context.personalData) if (part.export) data[part.module] = await part.export(context, subject);
  return data;
}

/**
 * After a restore: erases again every account on the list of erased subjects that the
 * restored database still holds (deleted after the backup was made). Each goes as a deletion
 * does: every module's declared eraser first, then the user row (its sessions, grants and
 * tokens with it by cascade), in one transaction per account, with an audit entry saying so.
 * Answers how many accounts were erased again.
 */
export async function reapplyErasures(context: AppContext): Promise<number> {
  const { db } = context;
  const erased = await db.selectFrom('erased_subjects').select(['organisation_id', 'subject_hash']).execute();
  if (erased.length === 0) return 0;
  const listed = new Set(erased.map((row) => `${row.organisation_id}:${row.subject_hash}`));
  const organisations = [...new Set(erased.map((row) => row.organisation_id))];
  const users = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'email'])
    .where('organisation_id', 'in', organisations)
    .execute();
  const again = users.filter((user) => listed.has(`${user.organisation_id}:${erasedSubjectHash(user.organisation_id, user.id)}`));
  const now = context.clock.now();
  for (const user of again) {
    const subject = { organisationId: user.organisation_id, userId: user.id, email: user.email };
    await db.transaction().execute(async (trx) => {
      for (const part of context.personalData) await part.erase?.(trx, subject, now);
      await trx
        .updateTable('account_invitation_requests')
        .set({ actor_user_id: null })
        .$call(inOrganisation(user.organisation_id, 'account_invitation_requests'))
        .where('actor_user_id', '=', user.id)
        .execute();
      await trx.deleteFrom('users').$call(inOrganisation(user.organisation_id, 'users')).where('id', '=', user.id).execute();
      await recordAudit(
        trx,
        {
          organisationId: user.organisation_id,
          actorUserId: null,
          action: AUDIT_ACTIONS.accountDelete,
          subjectType: 'user',
          subjectId: user.id,
          details: { reappliedAfterRestore: true },
        },
        now,
      );
    });
  }
  return again.length;
}
