import { recordAudit } from '../../platform/audit/audit.ts';
import type { OrganisationInfo } from '../../platform/http/request-context.ts';
import type { AppContext } from '../../platform/module.ts';
import type { PersonalDataSubject } from '../../platform/personal-data.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';
import { exportAccountData } from './queries/export-account-data.ts';

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
