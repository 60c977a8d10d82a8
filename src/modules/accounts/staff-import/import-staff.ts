import type { Role } from '../../../platform/authz/authz.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { lockAdmins } from '../commands/admin-guard.ts';
import { ROLE_LABEL_KEYS } from '../views/labels.ts';
import { loadStaffDirectory } from './load-staff-directory.ts';
import { planStaffImport, roleNamesOf } from './plan-staff-import.ts';
import { readStaffFile } from './read-staff-file.ts';
import { saveStaffImport } from './save-staff-import.ts';
import type { StaffImportRequest, StaffImportResult } from './staff-import-result.ts';

/** The role names of each translator's messages, built once (formatting 21 messages costs more than it seems). */
const roleNamesByTranslator = new WeakMap<object, Map<string, Role>>();

function roleNamesFor(translator: AppContext['translator']): Map<string, Role> {
  let names = roleNamesByTranslator.get(translator);
  if (!names) {
    names = roleNamesOf((role) => LOCALES.map((locale) => translator.t(locale, ROLE_LABEL_KEYS[role])));
    roleNamesByTranslator.set(translator, names);
  }
  return names;
}

/**
 * Reads an HR export and compares it with the organisation's directory; with `commit`
 * and no problem, saves it in one transaction (`saveStaffImport`): creates and updates
 * accounts, places them, grants their roles, deactivates the placed staff the file
 * leaves out (with `deactivateMissing`), audits each change, asks for the new accounts'
 * invitations (which the `accounts.invitations` job mails after the commit, off the
 * request path) and moves the page version when people changed. Any problem saves nothing.
 * Only the import action and the command line reach this file: the others read the
 * result's types from `staff-import-result.ts` (the page-version test follows imports).
 */
export async function importStaff(
  context: Pick<AppContext, 'db' | 'clock' | 'translator'>,
  request: StaffImportRequest,
): Promise<StaffImportResult> {
  const file = readStaffFile(request.bytes);
  const roleNames = roleNamesFor(context.translator);
  const options = { deactivateMissing: request.deactivateMissing, actorUserId: request.actorId };
  const base = { encoding: file.encoding, delimiter: file.delimiter };
  if (!request.commit || file.problems.length > 0) {
    const plan = planStaffImport(file, await loadStaffDirectory(context.db, request.organisationId, roleNames), options);
    return { ...base, plan, committed: false, invite: [] };
  }
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    // The admins are locked first (a "deactivate missing" may not take the last one while an admin
    // deactivates another), and the directory is read again under it, so the plan saved is the plan checked.
    await lockAdmins(trx, request.organisationId);
    const plan = planStaffImport(file, await loadStaffDirectory(trx, request.organisationId, roleNames), options);
    if (plan.problems.length > 0) return { ...base, plan, committed: false, invite: [] };
    const invite = await saveStaffImport(trx, request, plan, now);
    return { ...base, plan, committed: true, invite };
  });
}
