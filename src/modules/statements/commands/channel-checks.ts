import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { instantOfDateTime } from '../../../platform/zoned-time.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { findPhase, listBodies } from '../../processes/index.ts';
import type { ChannelSettings } from '../schemas.ts';

/** Settings with their times as stored: UTC instants. */
export type StoredSettings = Omit<ChannelSettings, 'opensAt' | 'closesAt'> & { opensAt: string | null; closesAt: string | null };

/**
 * Checks what the schema cannot: the phase and the bodies belong to the
 * channel's process, the units are the organisation's (a deleted one is refused),
 * the times exist and close after they open (422 at the field).
 */
export async function checkChannelSettings(
  db: Db,
  organisationId: string,
  processId: string,
  settings: ChannelSettings,
  timeZone: string,
): Promise<StoredSettings> {
  if (settings.phaseId) {
    const phase = await findPhase(db, organisationId, settings.phaseId);
    if (!phase || phase.processId !== processId) throw refuse.invalid({ phaseId: { key: 'statements.validation.phaseNotInProcess' } });
  }
  const audienceBodyIds = settings.audience === 'bodies' ? [...new Set(settings.audienceBodyIds)] : [];
  if (audienceBodyIds.length > 0) {
    const bodies = new Set((await listBodies(db, organisationId, processId)).map((body) => body.id));
    if (audienceBodyIds.some((id) => !bodies.has(id))) throw refuse.invalid({ audienceBodyIds: { key: 'platform.validation.choice' } });
  }
  const audienceUnitIds = settings.audience === 'units' ? [...new Set(settings.audienceUnitIds)] : [];
  if (audienceUnitIds.length > 0) {
    const units = new Set(flattenUnitTree(await listUnitTree(db, organisationId)).map((unit) => unit.id));
    if (audienceUnitIds.some((id) => !units.has(id))) throw refuse.invalid({ audienceUnitIds: { key: 'platform.validation.choice' } });
  }
  const instant = (value: string | null) => (value ? (instantOfDateTime(value, timeZone)?.toISOString() ?? null) : null);
  const opensAt = instant(settings.opensAt);
  const closesAt = instant(settings.closesAt);
  if (settings.opensAt && !opensAt) throw refuse.invalid({ opensAt: { key: 'statements.validation.dateTime' } });
  if (settings.closesAt && !closesAt) throw refuse.invalid({ closesAt: { key: 'statements.validation.dateTime' } });
  if (opensAt && closesAt && closesAt <= opensAt) throw refuse.invalid({ closesAt: { key: 'statements.validation.closesBeforeOpens' } });
  return { ...settings, audienceBodyIds, audienceUnitIds, opensAt, closesAt };
}

/** The settings as channel columns. */
export function settingsColumns(settings: StoredSettings) {
  return {
    phase_id: settings.phaseId,
    question: JSON.stringify(settings.question),
    status: settings.status,
    audience: settings.audience,
    audience_body_ids: JSON.stringify(settings.audienceBodyIds),
    audience_unit_ids: JSON.stringify(settings.audienceUnitIds),
    participants_may_add: settings.participantsMayAdd ? 1 : 0,
    moderation: settings.moderation,
    opens_at: settings.opensAt,
    closes_at: settings.closesAt,
    results_public: settings.resultsPublic ? 1 : 0,
  };
}
