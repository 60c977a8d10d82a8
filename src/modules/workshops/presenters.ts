import { z } from 'zod';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Workshop, WorkshopState } from './model.ts';
import type { PromptResults } from './results.ts';
import { NOTE_NAMES, STAGES, WORKSHOP_ACCESS, WORKSHOP_KINDS } from './tables.ts';

const localized = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A workshop in lists and at the top of its own answer. The join code only for its facilitators. */
export const workshopSummaryResponseSchema = z.object({
  id: z.string(),
  processId: z.string(),
  eventId: z.string().nullable(),
  kind: z.enum(WORKSHOP_KINDS),
  template: z.string(),
  title: localized,
  description: localized,
  status: z.enum(['open', 'closed']),
  joinCode: z.string().nullable(),
  access: z.enum(WORKSHOP_ACCESS),
  noteNames: z.enum(NOTE_NAMES),
  noteMaxLength: z.number(),
  notesHidden: z.boolean(),
  dotsPerParticipant: z.number(),
  resultsPublic: z.boolean(),
  currentPromptId: z.string().nullable(),
  locked: z.boolean(),
  timerEndsAt: z.string().nullable(),
  version: z.number(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});

const duplicateSchema = z.object({ id: z.string(), text: z.string(), authorName: z.string().nullable() });
const noteShape = duplicateSchema.extend({ votes: z.number(), duplicates: z.array(duplicateSchema) });

const wallSchema = z.object({
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  clusters: z.array(z.object({ id: z.string(), name: z.string(), votes: z.number(), notes: z.array(noteShape) })),
  notes: z.array(noteShape),
  noteCount: z.number(),
  hiddenCount: z.number(),
});

/** A workshop with its prompts, walls (clusters, notes, dots) and a seminar's outcome. */
export const workshopDetailResponseSchema = workshopSummaryResponseSchema.extend({
  participantCount: z.number(),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  prompts: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      text: localized,
      stage: z.enum(STAGES),
      revealed: z.boolean(),
      resultsReady: z.boolean(),
      walls: z.array(wallSchema),
    }),
  ),
  outcome: z.array(z.object({ position: z.number(), text: z.string(), clusterId: z.string().nullable() })),
});

/** Shapes a workshop for the API. */
export function presentWorkshopSummary(
  workshop: Workshop,
  options: { facilitates: boolean },
): z.input<typeof workshopSummaryResponseSchema> {
  return {
    id: workshop.id,
    processId: workshop.processId,
    eventId: workshop.eventId,
    kind: workshop.kind,
    template: workshop.template,
    title: workshop.title as LocalizedText,
    description: workshop.description,
    status: workshop.status,
    joinCode: options.facilitates ? workshop.joinCode : null,
    access: workshop.access,
    noteNames: workshop.noteNames,
    noteMaxLength: workshop.noteMaxLength,
    notesHidden: workshop.notesHidden,
    dotsPerParticipant: workshop.dotsPerParticipant,
    resultsPublic: workshop.resultsPublic,
    currentPromptId: workshop.currentPromptId,
    locked: workshop.locked,
    timerEndsAt: workshop.timerEndsAt,
    version: workshop.version,
    closedAt: workshop.closedAt,
    createdAt: workshop.createdAt,
  };
}

/** Shapes a workshop's state and results for the API. */
export function presentWorkshopDetail(
  state: WorkshopState,
  results: PromptResults[],
  options: { facilitates: boolean },
): z.input<typeof workshopDetailResponseSchema> {
  return {
    ...presentWorkshopSummary(state.workshop, options),
    participantCount: state.participantCount,
    groups: state.groups.map((group) => ({ id: group.id, name: group.name })),
    prompts: results.map(({ prompt, ready, walls }) => ({
      id: prompt.id,
      position: prompt.position,
      text: prompt.text,
      stage: prompt.stage,
      revealed: prompt.revealed,
      resultsReady: ready,
      walls,
    })),
    outcome: state.outcome.map((item) => ({ position: item.position, text: item.text, clusterId: item.clusterId })),
  };
}
