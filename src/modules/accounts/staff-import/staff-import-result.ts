import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { StaffImportPlan } from './plan-staff-import.ts';
import type { StaffFile } from './read-staff-file.ts';

/** One run of an import: whose directory, who runs it (null: the command line), the file, and whether to save. */
export interface StaffImportRequest {
  organisationId: string;
  /** The organisation's name, said in the invitations' mail. */
  organisationName: LocalizedText;
  actorId: string | null;
  /** The invitation links' origin when PUBLIC_URL is not set (a request's own); the command line passes none. */
  baseUrl?: string;
  bytes: Uint8Array;
  deactivateMissing: boolean;
  commit: boolean;
}

/** The preview (always) and whether it was saved; `invite` names the new accounts whose invitations the commit asked for. */
export interface StaffImportResult {
  encoding: StaffFile['encoding'];
  delimiter: StaffFile['delimiter'];
  plan: StaffImportPlan;
  committed: boolean;
  invite: string[];
}
