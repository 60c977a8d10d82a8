import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { addLink } from '../../contributions/index.ts';
import type { Workshop } from '../model.ts';
import { lockWorkshop } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/** One item of the agreed outcome, optionally drawn from a cluster. */
export interface OutcomeInput {
  text: string;
  clusterId?: string | null | undefined;
}

async function saveOutcome(trx: Db, workshop: Workshop, items: OutcomeInput[], now: Date): Promise<void> {
  const clusterIds = [...new Set(items.flatMap((item) => (item.clusterId ? [item.clusterId] : [])))];
  if (clusterIds.length > 0) {
    const known = await trx
      .selectFrom('workshop_clusters')
      .select('id')
      .$call(inOrganisation(workshop.organisationId, 'workshop_clusters'))
      .where('workshop_id', '=', workshop.id)
      .where('id', 'in', clusterIds)
      .execute();
    if (known.length !== clusterIds.length) throw refuse.invalid({ items: { key: 'platform.validation.choice' } });
  }
  await trx
    .deleteFrom('workshop_outcomes')
    .$call(inOrganisation(workshop.organisationId, 'workshop_outcomes'))
    .where('workshop_id', '=', workshop.id)
    .execute();
  for (const [position, item] of items.entries()) {
    const id = newId();
    await trx
      .insertInto('workshop_outcomes')
      .values({
        id,
        organisation_id: workshop.organisationId,
        workshop_id: workshop.id,
        position,
        text: item.text,
        cluster_id: item.clusterId ?? null,
        created_at: now.toISOString(),
      })
      .execute();
    // The trace from an agreed goal back to the notes it grew from runs through its cluster.
    if (item.clusterId)
      await addLink(
        trx,
        workshop.organisationId,
        { type: 'workshop_outcome', id },
        'derived_from',
        { type: 'workshop_cluster', id: item.clusterId },
        now,
      );
  }
}

/**
 * Ends a workshop: the join code expires and the room becomes read-only. A
 * seminar's closing step records the agreed, ordered list as its outcome.
 * Every note is recorded once more with its final cluster and dots.
 */
export async function closeWorkshop(db: Db, actor: Actor, workshopRef: Workshop, outcome: OutcomeInput[] | null, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    if (outcome) await saveOutcome(trx, workshop, outcome, now);
    await trx
      .updateTable('workshops')
      .set({ status: 'closed', closed_at: now.toISOString(), timer_ends_at: null, locked: 0 })
      .$call(inOrganisation(workshop.organisationId, 'workshops'))
      .where('id', '=', workshop.id)
      .execute();
    await recordNoteContributions(trx, workshop, {}, now);
    await recordAudit(
      trx,
      {
        organisationId: workshop.organisationId,
        actorUserId: actor.userId,
        action: 'workshops.workshop.close',
        subjectType: 'workshop',
        subjectId: workshop.id,
        details: { outcomeItems: outcome?.length ?? 0 },
      },
      now,
    );
  });
}
