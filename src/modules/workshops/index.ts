// For modules that hold a session in a workshop room of their own (the dialogues' live rooms).
export { createWorkshop } from './commands/create-workshop.ts';
// For the story: a process's seminars' agreed outcomes, attached to the paragraphs they shaped.
export { listSeminarOutcomes, type SeminarOutcome } from './queries/list-seminar-outcomes.ts';
export { readWorkshopNotes, type WorkshopNotes } from './queries/read-workshop-notes.ts';
export { WORKSHOP_LIMITS, type WorkshopSettings } from './schemas.ts';
