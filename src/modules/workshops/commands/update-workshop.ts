import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { chosenAudienceIds, type Workshop } from '../model.ts';
import type { WorkshopSettings } from '../schemas.ts';
import { checkReferences } from './check-references.ts';
import { lockWorkshop } from './lock-workshop.ts';

type Row = { id?: string | null | undefined };

/** Splits posted rows into kept (with a known id), new, and removed ids; an id that is not ours is refused. */
function plan<R extends Row>(rows: R[], existing: string[], field: string) {
  const known = new Set(existing);
  const kept = rows.filter((row) => row.id);
  for (const [index, row] of rows.entries()) {
    if (row.id && !known.has(row.id)) throw refuse.invalid({ [`${field}.${index}.id`]: { key: 'platform.validation.choice' } });
  }
  const keptIds = new Set(kept.map((row) => row.id as string));
  return { removed: existing.filter((id) => !keptIds.has(id)) };
}

async function syncPrompts(trx: Db, workshop: Workshop, prompts: WorkshopSettings['prompts']): Promise<string[]> {
  const scope = inOrganisation(workshop.organisationId, 'workshop_prompts');
  const existing = (
    await trx.selectFrom('workshop_prompts').select('id').$call(scope).where('workshop_id', '=', workshop.id).execute()
  ).map((row) => row.id);
  const { removed } = plan(prompts, existing, 'prompts');
  if (removed.length > 0) {
    const used = await trx
      .selectFrom('workshop_notes')
      .select('id')
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('prompt_id', 'in', removed)
      .limit(1)
      .executeTakeFirst();
    if (used) throw refuse.conflict('workshops.form.promptHasNotes');
    await trx.deleteFrom('workshop_prompts').$call(scope).where('id', 'in', removed).execute();
  }
  const ids: string[] = [];
  for (const [position, prompt] of prompts.entries()) {
    if (prompt.id) {
      await trx
        .updateTable('workshop_prompts')
        .set({ position, text: JSON.stringify(prompt.text) })
        .$call(scope)
        .where('id', '=', prompt.id)
        .execute();
      ids.push(prompt.id);
      continue;
    }
    const id = newId();
    await trx
      .insertInto('workshop_prompts')
      .values({
        id,
        organisation_id: workshop.organisationId,
        workshop_id: workshop.id,
        position,
        text: JSON.stringify(prompt.text),
        stage: 'pending',
        revealed: 0,
      })
      .execute();
    ids.push(id);
  }
  return ids;
}

async function syncGroups(trx: Db, workshop: Workshop, groups: WorkshopSettings['groups']): Promise<void> {
  const scope = inOrganisation(workshop.organisationId, 'workshop_groups');
  const existing = (await trx.selectFrom('workshop_groups').select('id').$call(scope).where('workshop_id', '=', workshop.id).execute()).map(
    (row) => row.id,
  );
  const { removed } = plan(groups, existing, 'groups');
  if (removed.length > 0) {
    const used = await trx
      .selectFrom('workshop_notes')
      .select('id')
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('group_id', 'in', removed)
      .limit(1)
      .executeTakeFirst();
    if (used) throw refuse.conflict('workshops.form.groupHasNotes');
    await trx.deleteFrom('workshop_groups').$call(scope).where('id', 'in', removed).execute();
  }
  for (const [position, group] of groups.entries()) {
    if (group.id) {
      await trx.updateTable('workshop_groups').set({ position, name: group.name }).$call(scope).where('id', '=', group.id).execute();
    } else {
      await trx
        .insertInto('workshop_groups')
        .values({ id: newId(), organisation_id: workshop.organisationId, workshop_id: workshop.id, position, name: group.name })
        .execute();
    }
  }
}

/**
 * Changes a workshop's settings, prompts and groups. Prompts and groups that
 * already have notes cannot be removed (409): no one's note is lost to an edit.
 */
export async function updateWorkshop(db: Db, actor: Actor, workshopId: string, input: WorkshopSettings, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, actor.organisationId, workshopId, now);
    const errors = await checkReferences(trx, actor.organisationId, workshop.processId, input);
    if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
    const promptIds = await syncPrompts(trx, workshop, input.prompts);
    await syncGroups(trx, workshop, input.groups);
    const current =
      workshop.currentPromptId && promptIds.includes(workshop.currentPromptId) ? workshop.currentPromptId : (promptIds[0] ?? null);
    await trx
      .updateTable('workshops')
      .set({
        kind: input.kind,
        title: JSON.stringify(input.title),
        description: JSON.stringify(input.description),
        event_id: input.eventId,
        access: input.access,
        audience_ids: JSON.stringify(chosenAudienceIds(input.access, input.audienceIds)),
        note_names: input.noteNames,
        note_max_length: input.noteMaxLength,
        notes_hidden: input.notesHidden ? 1 : 0,
        dots_per_participant: input.dotsPerParticipant,
        results_public: input.resultsPublic ? 1 : 0,
        current_prompt_id: current,
      })
      .$call(inOrganisation(actor.organisationId, 'workshops'))
      .where('id', '=', workshopId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'workshops.workshop.update',
        subjectType: 'workshop',
        subjectId: workshopId,
      },
      now,
    );
  });
}
