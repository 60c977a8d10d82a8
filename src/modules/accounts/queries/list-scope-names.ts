import type { Db } from '../../../platform/db/database.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { findProcessById } from '../../processes/index.ts';
import type { StoredGrant } from './list-user-grants.ts';

/** The names of the processes and units that grants are scoped to, by id (one query per process, usually none). */
export async function listScopeNames(db: Db, organisationId: string, grants: StoredGrant[]): Promise<Map<string, LocalizedText>> {
  const names = new Map<string, LocalizedText>();
  if (grants.some((grant) => grant.scopeType === 'unit')) {
    for (const unit of flattenUnitTree(await listUnitTree(db, organisationId))) names.set(unit.id, unit.name);
  }
  const processIds = new Set(grants.filter((grant) => grant.scopeType === 'process').map((grant) => grant.scopeId));
  for (const id of processIds) {
    const process = await findProcessById(db, organisationId, id);
    if (process) names.set(id, process.title);
  }
  return names;
}
