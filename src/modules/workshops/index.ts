// For modules that hold a session in a workshop room of their own (the dialogues' live rooms).
export { createWorkshop } from './commands/create-workshop.ts';
export { readWorkshopNotes, type WorkshopNotes } from './queries/read-workshop-notes.ts';
export { WORKSHOP_LIMITS, type WorkshopSettings } from './schemas.ts';
