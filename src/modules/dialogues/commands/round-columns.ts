import type { RoundInput } from '../schemas.ts';

/** A round's input as the columns of its row (created or replaced). */
export function roundColumns(input: RoundInput) {
  return {
    process_id: input.processId,
    phase_id: input.phaseId,
    title: JSON.stringify(input.title),
    ground_rules: JSON.stringify(input.groundRules),
    questions: JSON.stringify(input.questions),
    material: JSON.stringify(input.material),
    facilitator_notes: JSON.stringify(input.facilitatorNotes),
    unit_ids: JSON.stringify([...new Set(input.unitIds)]),
    opens_on: input.opensOn,
    due_on: input.dueOn,
  };
}
