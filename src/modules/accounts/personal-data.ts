import { recordAudit } from '../../platform/audit/audit.ts';
import type { OrganisationInfo } from '../../platform/http/request-context.ts';
import type { AppContext } from '../../platform/module.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';
import { type ExportSubject, exportAccountData } from './queries/export-account-data.ts';

/** Whose personal data is being exported. */
export type PersonalDataSubject = ExportSubject;

/**
 * A module's part of a person's data export: everything it stores about the
 * person, as JSON-serialisable values, scoped to the subject's organisation.
 * It must leave out secrets (hashes) and other people's personal data.
 */
export type PersonalDataExporter = (context: AppContext, subject: PersonalDataSubject) => Promise<unknown>;

const exporters = new Map<string, PersonalDataExporter>();

/**
 * Adds a module's part to "download my data" (`/account/export`, `GET
 * /api/v1/me/export`); its result appears under `name` (use the module's name).
 * Call it from the module's `routes` in module.ts; registering a name again
 * replaces the earlier exporter, so building the app twice is harmless.
 */
export function registerPersonalDataExporter(name: string, exporter: PersonalDataExporter): void {
  if (name === 'accounts' || name === 'exportedAt' || name === 'organisation') {
    throw new Error(`The personal data export name ${name} is reserved`);
  }
  exporters.set(name, exporter);
}

/**
 * Everything Tarina stores about a person: the accounts part first, then each
 * registered module's. The export is a read of personal data, so it is
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
  for (const [name, exporter] of exporters) data[name] = await exporter(context, subject);
  return data;
}
