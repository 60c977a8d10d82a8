import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { PersonalDataHandlers } from '../../platform/personal-data.ts';

/**
 * What goals keep about a person: the unit objectives, indicators and measures the account owns
 * (reports the figures of, carries out), and their choice about trace mail. On erasure they stay without an owner (the
 * foreign keys set it to null); the person's report links and mail choice go with the account.
 */
export const goalsPersonalData: PersonalDataHandlers = {
  export: async (context, subject) => {
    const objectives = await context.db
      .selectFrom('goal_objectives')
      .select(['id', 'goal_id', 'unit_id', 'title'])
      .$call(inOrganisation(subject.organisationId, 'goal_objectives'))
      .where('owner_user_id', '=', subject.userId)
      .orderBy('created_at')
      .execute();
    const indicators = await context.db
      .selectFrom('goal_indicators')
      .select(['id', 'objective_id', 'name'])
      .$call(inOrganisation(subject.organisationId, 'goal_indicators'))
      .where('owner_user_id', '=', subject.userId)
      .orderBy('created_at')
      .execute();
    const measures = await context.db
      .selectFrom('goal_measures')
      .select(['id', 'objective_id', 'title', 'due_on', 'status'])
      .$call(inOrganisation(subject.organisationId, 'goal_measures'))
      .where('owner_user_id', '=', subject.userId)
      .orderBy('created_at')
      .execute();
    const mail = await context.db
      .selectFrom('goal_mail_preferences')
      .select(['trace_mail', 'updated_at'])
      .$call(inOrganisation(subject.organisationId, 'goal_mail_preferences'))
      .where('user_id', '=', subject.userId)
      .executeTakeFirst();
    return {
      traceMail: mail ? { mailed: Number(mail.trace_mail) === 1, chosenAt: mail.updated_at } : null,
      objectivesOwned: objectives.map((objective) => ({
        id: objective.id,
        goalId: objective.goal_id,
        unitId: objective.unit_id,
        title: parseJsonColumn<unknown>(objective.title, null),
      })),
      indicatorsOwned: indicators.map((indicator) => ({
        id: indicator.id,
        objectiveId: indicator.objective_id,
        name: parseJsonColumn<unknown>(indicator.name, null),
      })),
      measuresOwned: measures.map((measure) => ({
        id: measure.id,
        objectiveId: measure.objective_id,
        title: parseJsonColumn<unknown>(measure.title, null),
        dueOn: measure.due_on,
        status: measure.status,
      })),
    };
  },
};
