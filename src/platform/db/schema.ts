/**
 * The typed shape of every table. Each module adds its own tables by module
 * augmentation in its `tables.ts`, so no central file lists them all:
 *
 *   declare module '../../platform/db/schema.ts' {
 *     interface Database { processes: ProcessesTable }
 *   }
 *
 * Conventions that keep SQL portable between SQLite and PostgreSQL:
 * ids are text (generated in the app), timestamps are ISO-8601 UTC text,
 * dates are 'YYYY-MM-DD' text, booleans are integers 0/1, structured values
 * (translations, settings) are JSON in text columns.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation
export interface Database {}
