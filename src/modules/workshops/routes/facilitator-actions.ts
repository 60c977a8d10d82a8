import { z } from 'zod';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { AppContext } from '../../../platform/module.ts';
import { createCluster } from '../commands/create-cluster.ts';
import { deleteCluster } from '../commands/delete-cluster.ts';
import { setNoteHidden } from '../commands/hide-note.ts';
import { mergeNote } from '../commands/merge-note.ts';
import { moveNote } from '../commands/move-note.ts';
import { renameCluster } from '../commands/rename-cluster.ts';
import { revealPrompt } from '../commands/reveal-prompt.ts';
import { separateNote } from '../commands/separate-note.ts';
import { setLock } from '../commands/set-lock.ts';
import { setStage } from '../commands/set-stage.ts';
import { setTimer } from '../commands/set-timer.ts';
import type { Workshop } from '../model.ts';
import { clusterSchema, idSchema, lockSchema, mergeNoteSchema, moveNoteSchema, stageSchema, timerSchema } from '../schemas.ts';

/** One thing the facilitator does in the room: its input schema and the command it runs. */
interface FacilitatorAction<Schema extends z.ZodType> {
  schema: Schema;
  /** Where the console's form puts the focus back after the redirect. */
  anchor: (input: z.output<Schema>) => string;
  /** `actor` is who acts, for the actions that are audited (hiding a note). */
  run(context: AppContext, workshop: Workshop, input: z.output<Schema>, actor: Actor): Promise<unknown>;
}

function action<Schema extends z.ZodType>(definition: FacilitatorAction<Schema>): FacilitatorAction<Schema> {
  return definition;
}

const withPrompt = z.object({ promptId: idSchema });
const withCluster = z.object({ clusterId: idSchema });
const withNote = z.object({ noteId: idSchema });

/**
 * The facilitator's actions, shared by the console's plain forms and the JSON
 * API, so the keyboard way, drag and drop and integrations all run the same
 * commands with the same checks.
 */
export const FACILITATOR_ACTIONS = {
  stage: action({
    schema: withPrompt.extend(stageSchema.shape),
    anchor: (input) => `prompt-${input.promptId}`,
    run: (context, workshop, input) => setStage(context.db, workshop, input.promptId, input.stage, context.clock.now()),
  }),
  reveal: action({
    schema: withPrompt,
    anchor: (input) => `prompt-${input.promptId}`,
    run: (context, workshop, input) => revealPrompt(context.db, workshop, input.promptId, context.clock.now()),
  }),
  'create-cluster': action({
    schema: clusterSchema,
    anchor: (input) => `wall-${input.groupId ?? 'all'}`,
    run: (context, workshop, input) => createCluster(context.db, workshop, input, context.clock.now()),
  }),
  'rename-cluster': action({
    schema: withCluster.extend({ name: clusterSchema.shape.name }),
    anchor: (input) => `cluster-${input.clusterId}`,
    run: (context, workshop, input) => renameCluster(context.db, workshop, input.clusterId, input.name, context.clock.now()),
  }),
  'delete-cluster': action({
    schema: withCluster,
    anchor: () => 'console-wall',
    run: (context, workshop, input) => deleteCluster(context.db, workshop, input.clusterId, context.clock.now()),
  }),
  move: action({
    schema: withNote.extend(moveNoteSchema.shape),
    anchor: (input) => `note-${input.noteId}`,
    run: (context, workshop, input) => moveNote(context.db, workshop, input.noteId, input.clusterId, context.clock.now()),
  }),
  merge: action({
    schema: withNote.extend(mergeNoteSchema.shape),
    anchor: (input) => `note-${input.intoNoteId}`,
    run: (context, workshop, input) => mergeNote(context.db, workshop, input.noteId, input.intoNoteId, context.clock.now()),
  }),
  separate: action({
    schema: withNote,
    anchor: (input) => `note-${input.noteId}`,
    run: (context, workshop, input) => separateNote(context.db, workshop, input.noteId, context.clock.now()),
  }),
  hide: action({
    schema: withNote,
    anchor: (input) => `note-${input.noteId}`,
    run: (context, workshop, input, actor) => setNoteHidden(context.db, actor, workshop, input.noteId, true, context.clock.now()),
  }),
  unhide: action({
    schema: withNote,
    anchor: (input) => `note-${input.noteId}`,
    run: (context, workshop, input, actor) => setNoteHidden(context.db, actor, workshop, input.noteId, false, context.clock.now()),
  }),
  timer: action({
    schema: timerSchema,
    anchor: () => 'room-controls',
    run: (context, workshop, input) => setTimer(context.db, workshop, input.minutes, context.clock.now()),
  }),
  lock: action({
    schema: lockSchema,
    anchor: () => 'room-controls',
    run: (context, workshop, input) => setLock(context.db, workshop, input.locked, context.clock.now()),
  }),
};

/** The name of a facilitator action. */
export type FacilitatorActionName = keyof typeof FACILITATOR_ACTIONS;

/** Narrows a path segment to an action name. */
export function isFacilitatorAction(name: string): name is FacilitatorActionName {
  return Object.hasOwn(FACILITATOR_ACTIONS, name);
}
