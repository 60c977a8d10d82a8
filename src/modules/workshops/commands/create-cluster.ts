import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { requireArranging } from './cluster-rules.ts';
import { lockWorkshop } from './lock-workshop.ts';

/** Creates a named cluster on a wall (the current prompt unless another is given; a group's wall when given). */
export async function createCluster(
  db: Db,
  workshopRef: Workshop,
  input: { name: string; promptId?: string | null | undefined; groupId?: string | null | undefined },
  now: Date,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const promptId = input.promptId ?? workshop.currentPromptId;
    if (!promptId) throw refuse.conflict('workshops.cluster.stageClosed');
    await requireArranging(trx, workshop, promptId);
    if (input.groupId) {
      const group = await trx
        .selectFrom('workshop_groups')
        .select('id')
        .$call(inOrganisation(workshop.organisationId, 'workshop_groups'))
        .where('workshop_id', '=', workshop.id)
        .where('id', '=', input.groupId)
        .executeTakeFirst();
      if (!group) throw refuse.invalid({ groupId: { key: 'platform.validation.choice' } });
    }
    const last = await trx
      .selectFrom('workshop_clusters')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(workshop.organisationId, 'workshop_clusters'))
      .where('prompt_id', '=', promptId)
      .executeTakeFirst();
    await trx
      .insertInto('workshop_clusters')
      .values({
        id,
        organisation_id: workshop.organisationId,
        workshop_id: workshop.id,
        prompt_id: promptId,
        group_id: input.groupId ?? null,
        name: input.name,
        position: Number(last?.position ?? -1) + 1,
        created_at: now.toISOString(),
      })
      .execute();
  });
  return id;
}
