// For the story's demo, which holds the council's and board's seminars and closes them with their agreed outcomes.
export { closeWorkshop } from './commands/close-workshop.ts';
// For modules that hold a session in a workshop room of their own (the dialogues' live rooms).
export { createWorkshop } from './commands/create-workshop.ts';
export { findWorkshop } from './queries/find-workshop.ts';
// For the story: a process's seminars' agreed outcomes, attached to the paragraphs they shaped.
export { listSeminarOutcomes, type SeminarOutcome } from './queries/list-seminar-outcomes.ts';
export { readWorkshopNotes, type WorkshopNotes } from './queries/read-workshop-notes.ts';
export { WORKSHOP_LIMITS, type WorkshopSettings } from './schemas.ts';
