import { parseJsonColumn } from '../../platform/db/json.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Audience } from '../../platform/participation/audience.ts';
import { storedAudience } from '../../platform/participation/stored-audience.ts';
import type { NoteNames, Stage, WorkshopAccess, WorkshopKind, WorkshopPromptsTable, WorkshopStatus, WorkshopsTable } from './tables.ts';

/** Whether the access names chosen units or bodies (`audienceIds`); the other kinds keep no ids. */
export function accessHasChoices(access: WorkshopAccess): access is 'units' | 'bodies' {
  return access === 'units' || access === 'bodies';
}

/** The ids to store for an access: the chosen units or bodies, or none. */
export function chosenAudienceIds(access: WorkshopAccess, audienceIds: readonly string[]): string[] {
  return accessHasChoices(access) ? [...new Set(audienceIds)] : [];
}

/** A workshop's access as the platform's audience (anyone with the code is the public). */
export function audienceOf(workshop: { access: WorkshopAccess; audienceIds: readonly string[] }): Audience {
  return storedAudience(workshop.access, workshop.audienceIds);
}

/** A workshop as commands, pages, the API and live rooms see it. */
export interface Workshop {
  id: string;
  organisationId: string;
  processId: string;
  eventId: string | null;
  kind: WorkshopKind;
  template: string;
  title: LocalizedText;
  description: LocalizedText;
  joinCode: string;
  status: WorkshopStatus;
  access: WorkshopAccess;
  audienceIds: string[];
  noteNames: NoteNames;
  noteMaxLength: number;
  notesHidden: boolean;
  dotsPerParticipant: number;
  resultsPublic: boolean;
  currentPromptId: string | null;
  locked: boolean;
  timerEndsAt: string | null;
  version: number;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The person another module opened the room for (a dialogue's lead), who runs it; null for the console's rooms. */
  hostUserId: string | null;
}

/** A prompt with its stage. */
export interface Prompt {
  id: string;
  position: number;
  text: LocalizedText;
  stage: Stage;
  revealed: boolean;
}

/** A small group (table) with its own wall. */
export interface Group {
  id: string;
  position: number;
  name: string;
}

/** A cluster on a wall. */
export interface Cluster {
  id: string;
  promptId: string;
  groupId: string | null;
  name: string;
  position: number;
}

/** A note as stored. */
export interface Note {
  id: string;
  promptId: string;
  groupId: string | null;
  participantId: string;
  clusterId: string | null;
  mergedIntoId: string | null;
  text: string;
  authorName: string | null;
  language: string;
  /** When a facilitator hid it from the room (null while it is shown). */
  hiddenAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A dot. */
export interface Vote {
  participantId: string;
  promptId: string;
  noteId: string | null;
  clusterId: string | null;
}

/** An item of a seminar's outcome. */
export interface OutcomeItem {
  id: string;
  position: number;
  text: string;
  clusterId: string | null;
}

/** Everything of one workshop: what live rooms load once and every viewer's projection is cut from. */
export interface WorkshopState {
  workshop: Workshop;
  prompts: Prompt[];
  groups: Group[];
  clusters: Cluster[];
  notes: Note[];
  votes: Vote[];
  outcome: OutcomeItem[];
  participantCount: number;
}

/** Shapes a workshops row. */
export function toWorkshop(row: WorkshopsTable): Workshop {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    processId: row.process_id,
    eventId: row.event_id,
    kind: row.kind,
    template: row.template,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    description: parseJsonColumn<LocalizedText>(row.description, { fi: '' }),
    joinCode: row.join_code,
    status: row.status,
    access: row.access,
    audienceIds: parseJsonColumn<string[]>(row.audience_ids, []),
    noteNames: row.note_names,
    noteMaxLength: row.note_max_length,
    notesHidden: row.notes_hidden === 1,
    dotsPerParticipant: row.dots_per_participant,
    resultsPublic: row.results_public === 1,
    currentPromptId: row.current_prompt_id,
    locked: row.locked === 1,
    timerEndsAt: row.timer_ends_at,
    version: row.version,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    hostUserId: row.host_user_id ?? null,
  };
}

/** Shapes a workshop_prompts row. */
export function toPrompt(row: Pick<WorkshopPromptsTable, 'id' | 'position' | 'text' | 'stage' | 'revealed'>): Prompt {
  return {
    id: row.id,
    position: row.position,
    text: parseJsonColumn<LocalizedText>(row.text, { fi: '' }),
    stage: row.stage,
    revealed: row.revealed === 1,
  };
}

/** The prompt participants are working on now, or null before the facilitator starts one. */
export function currentPrompt(state: Pick<WorkshopState, 'workshop' | 'prompts'>): Prompt | null {
  return state.prompts.find((prompt) => prompt.id === state.workshop.currentPromptId) ?? null;
}
