import type { Db } from '../../../platform/db/database.ts';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import { listBodies } from '../../processes/index.ts';
import type { NamedDecision } from '../views/decision-view.tsx';
import { listDecisions } from './list-decisions.ts';

/** The story's decisions by the version they froze, each with its body's name in the asked language (two queries). */
export async function listNamedDecisions(
  db: Db,
  organisationId: string,
  processId: string,
  locale: Locale,
): Promise<Map<string, NamedDecision>> {
  const [decisions, bodies] = await Promise.all([listDecisions(db, organisationId, processId), listBodies(db, organisationId, processId)]);
  const names = new Map(bodies.map((body) => [body.id, localize(body.name, locale)]));
  return new Map(decisions.map((decision) => [decision.versionId, { decision, bodyName: names.get(decision.bodyId) ?? '' }]));
}
