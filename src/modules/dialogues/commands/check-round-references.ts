import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { findPhase, findProcessById } from '../../processes/index.ts';
import type { RoundInput } from '../schemas.ts';

/** Refuses (422 at the field) a process, phase or unit that is not the organisation's, or a phase of another process. */
export async function checkRoundReferences(db: Db, organisationId: string, input: RoundInput): Promise<void> {
  const process = await findProcessById(db, organisationId, input.processId);
  if (!process) throw refuse.invalid({ processId: { key: 'dialogues.validation.process' } });
  if (input.phaseId) {
    const phase = await findPhase(db, organisationId, input.phaseId);
    if (!phase || phase.processId !== process.id) throw refuse.invalid({ phaseId: { key: 'dialogues.validation.phase' } });
  }
  if (input.unitIds.length > 0) {
    const known = new Set(flattenUnitTree(await listUnitTree(db, organisationId)).map((unit) => unit.id));
    if (input.unitIds.some((id) => !known.has(id))) throw refuse.invalid({ unitIds: { key: 'dialogues.validation.units' } });
  }
}
