import type { Db } from '../../platform/db/database.ts';
import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { PersonalDataHandlers } from '../../platform/personal-data.ts';
import './tables.ts';

type Subject = { organisationId: string; userId: string };

function participationsOf(db: Db, subject: Subject) {
  return db
    .selectFrom('workshop_participants as participant')
    .innerJoin('workshops', 'workshops.id', 'participant.workshop_id')
    .leftJoin('workshop_groups as grouping', 'grouping.id', 'participant.group_id')
    .select([
      'participant.id',
      'participant.display_name',
      'participant.joined_at',
      'workshops.id as workshop_id',
      'workshops.kind',
      'workshops.title',
      'grouping.name as group_name',
    ])
    .$call(inOrganisation(subject.organisationId, 'participant'))
    .where('participant.user_id', '=', subject.userId)
    .orderBy('participant.joined_at')
    .execute();
}

function notesOf(db: Db, subject: Subject, ids: string[]) {
  return db
    .selectFrom('workshop_notes as note')
    .innerJoin('workshop_prompts as prompt', 'prompt.id', 'note.prompt_id')
    .select([
      'note.participant_id',
      'prompt.text as prompt',
      'note.text',
      'note.author_name',
      'note.language',
      'note.hidden_at',
      'note.created_at',
      'note.updated_at',
    ])
    .$call(inOrganisation(subject.organisationId, 'note'))
    .where('note.participant_id', 'in', ids)
    .orderBy('note.created_at')
    .execute();
}

function dotsOf(db: Db, subject: Subject, ids: string[]) {
  return db
    .selectFrom('workshop_votes as dot')
    .innerJoin('workshop_prompts as prompt', 'prompt.id', 'dot.prompt_id')
    .leftJoin('workshop_notes as note', 'note.id', 'dot.note_id')
    .leftJoin('workshop_clusters as cluster', 'cluster.id', 'dot.cluster_id')
    .select(['dot.participant_id', 'prompt.text as prompt', 'note.text as note', 'cluster.name as cluster', 'dot.created_at'])
    .$call(inOrganisation(subject.organisationId, 'dot'))
    .where('dot.participant_id', 'in', ids)
    .orderBy('dot.created_at')
    .execute();
}

const localized = (value: string) => parseJsonColumn<LocalizedText>(value, { fi: value });

/** The export: each participation with its notes and dots. */
async function exportWorkshops(db: Db, subject: Subject) {
  const participations = await participationsOf(db, subject);
  if (participations.length === 0) return { participations: [] };
  const ids = participations.map((participation) => participation.id);
  const [notes, dots] = [await notesOf(db, subject, ids), await dotsOf(db, subject, ids)];
  return {
    participations: participations.map((participation) => ({
      workshopId: participation.workshop_id,
      kind: participation.kind,
      workshop: localized(participation.title),
      joinedAt: participation.joined_at,
      displayName: participation.display_name,
      group: participation.group_name,
      notes: notes
        .filter((note) => note.participant_id === participation.id)
        .map((note) => ({
          prompt: localized(note.prompt),
          text: note.text,
          shownName: note.author_name,
          language: note.language,
          hiddenAt: note.hidden_at,
          createdAt: note.created_at,
          updatedAt: note.updated_at,
        })),
      dots: dots
        .filter((dot) => dot.participant_id === participation.id)
        .map((dot) => ({ prompt: localized(dot.prompt), note: dot.note, cluster: dot.cluster, createdAt: dot.created_at })),
    })),
  };
}

/**
 * What the module keeps about a person who joined a workshop signed in: each participation
 * (the workshop, the display name given on joining, the group), the notes written there (with
 * the name shown on them in sessions with named notes) and the dots given. A participant who
 * joined without an account is known only by a browser's hashed cookie, not by the person.
 *
 * Erased with the account: each participation loses the account, the browser key and the
 * display name, and its notes lose the writer's name. The notes' texts and the dots stay, as
 * the workshop's anonymous results (as the notes of participants without an account are).
 */
export const workshopsPersonalData: PersonalDataHandlers = {
  export: (context, subject) => exportWorkshops(context.db, subject),
  erase: async (trx, subject) => {
    const participants = await trx
      .selectFrom('workshop_participants')
      .select('id')
      .$call(inOrganisation(subject.organisationId, 'workshop_participants'))
      .where('user_id', '=', subject.userId)
      .execute();
    if (participants.length === 0) return;
    const ids = participants.map((participant) => participant.id);
    await trx
      .updateTable('workshop_notes')
      .set({ author_name: null })
      .$call(inOrganisation(subject.organisationId, 'workshop_notes'))
      .where('participant_id', 'in', ids)
      .execute();
    await trx
      .updateTable('workshop_participants')
      .set({ user_id: null, browser_key: null, display_name: null })
      .$call(inOrganisation(subject.organisationId, 'workshop_participants'))
      .where('id', 'in', ids)
      .execute();
  },
};
