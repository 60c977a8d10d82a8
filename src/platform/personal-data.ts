import type { Db } from './db/database.ts';
import type { AppContext } from './module.ts';

/** Whose personal data is exported or erased: one account of one organisation. */
export interface PersonalDataSubject {
  organisationId: string;
  userId: string;
  sessionId?: string | null;
}

/**
 * What a module keeps about a person, declared in its manifest: `export` answers it as
 * JSON-serialisable values for "download my data" (no secrets, no other people's data);
 * `erase` removes or anonymises it inside the account deletion's transaction, before the
 * user row goes (what a foreign key's `set null` would leave behind: names, addresses).
 */
export interface PersonalDataHandlers {
  export?: (context: AppContext, subject: PersonalDataSubject) => Promise<unknown>;
  erase?: (trx: Db, subject: PersonalDataSubject & { email: string }, now: Date) => Promise<void>;
}

/** A module's handlers under its name, as the app collects them. */
export interface ModulePersonalData extends PersonalDataHandlers {
  module: string;
}
