import { type AuditSubjectName, auditSubjectKey, nameAuditSubjects } from '../../../platform/audit/subjects.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { AuditLogItem } from './list-audit-entries.ts';

/** An audit entry with its subject's title and admin page, where a module names them. */
export interface NamedAuditItem extends AuditLogItem {
  subject: AuditSubjectName | null;
}

/** Adds the subjects' titles to audit entries (one query per subject type, in the organisation). */
export async function nameAuditEntries(
  context: Pick<AppContext, 'db' | 'auditSubjects'>,
  organisationId: string,
  items: AuditLogItem[],
): Promise<NamedAuditItem[]> {
  const names = await nameAuditSubjects(
    context.db,
    context.auditSubjects,
    organisationId,
    items.map((item) => ({ type: item.subjectType, id: item.subjectId })),
  );
  return items.map((item) => ({
    ...item,
    subject: item.subjectId ? (names.get(auditSubjectKey(item.subjectType, item.subjectId)) ?? null) : null,
  }));
}
