import type { LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findUnit, toUnitNode, type UnitNode } from './list-units.ts';

/** The unit a path names, or a not-found refusal when it is unknown or another organisation's. */
export async function loadUnit({ context, actor, params }: LoadCall<{ id: string }>): Promise<UnitNode> {
  const unit = await findUnit(context.db, actor.organisationId, params.id);
  if (!unit) throw refuse.notFound();
  return toUnitNode(unit);
}
