/**
 * A follow of a process: an account's (confirmed at once) or an e-mail address's (confirmed by
 * the link mailed to it). Only what the digest needs: the address, its language, the process.
 */
export interface FollowsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  /** The account that follows; null for a follow by e-mail alone. */
  user_id: string | null;
  /** Lower-cased; unique per process. */
  email: string;
  /** fi, sv or en: the language of the digest. */
  locale: string;
  /** Null until the confirmation link is used; nothing is sent to an unconfirmed follow but that link. */
  confirmed_at: string | null;
  /** The end of the window the last digest covered (the confirmation time before the first one). */
  last_digest_at: string | null;
  created_at: string;
}

/** A link's token of a follow, kept only as its SHA-256: a confirmation (single use) or an unsubscribe link. */
export interface FollowTokensTable {
  token_hash: string;
  organisation_id: string;
  follow_id: string;
  purpose: 'confirm' | 'unsubscribe';
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    follows: FollowsTable;
    follow_tokens: FollowTokensTable;
  }
}
