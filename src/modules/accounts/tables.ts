import type { ColumnType } from 'kysely';
import type { Role } from '../../platform/authz/authz.ts';

/** A person with an account in one organisation. E-mail is stored lower-cased. */
export interface UsersTable {
  id: string;
  organisation_id: string;
  email: string;
  /** argon2id; null for accounts that sign in only by e-mail link. */
  password_hash: string | null;
  display_name: string;
  locale: string;
  unit_id: string | null;
  created_at: string;
  updated_at: string;
  last_sign_in_at: string | null;
  /** Set when the person left: they cannot sign in and their sessions and API tokens count for nothing; the data stays. */
  deactivated_at: string | null;
  /**
   * Set by a staff import that made the account and wants it invited: the import's batch
   * (`account_invitation_batches`). The `accounts.invitations` job clears it when it turns the
   * person into a request; optional on insert (null).
   */
  invitation_batch_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A signed-in browser; the id is the SHA-256 of the cookie's token. */
export interface SessionsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end of the session. */
  expires_at: string;
}

/** A role held organisation-wide (scope_id '') or for one process or unit. */
export interface RoleGrantsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  role: Role;
  scope_type: 'organisation' | 'process' | 'unit';
  scope_id: string;
  created_at: string;
}

/** A one-time password reset link; the id is the SHA-256 of the link's token. */
export interface PasswordResetsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A sign-in invitation: a single-use set-password link mailed to a person; the id is the SHA-256 of the link's token. */
export interface AccountInvitationsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** An invitation asked for (by the send button, or a staff import's batch as the job takes it) and not yet mailed: the `accounts.invitations` job sends it. */
export interface AccountInvitationRequestsTable {
  /** One pending request per person: asking again while one waits changes nothing. */
  user_id: string;
  organisation_id: string;
  /** The organisation's name (LocalizedText JSON) as the mail says it, kept from the request. */
  organisation_name: string;
  actor_user_id: string | null;
  /** The origin of the link when PUBLIC_URL is not set (the importing request's own). */
  base_url: string | null;
  requested_at: string;
  attempts: number;
  /** When the job may take it next: a claimed request is pushed on by a lease, a failed one by a back-off. */
  next_attempt_at: string;
}

/** One import's invitations, asked for once: the people are the users its insert marked (`users.invitation_batch_id`). */
export interface AccountInvitationBatchesTable {
  id: string;
  organisation_id: string;
  /** The organisation's name (LocalizedText JSON) as the mail says it, kept from the request. */
  organisation_name: string;
  /** Who imported (null: the command line, or an actor since deleted). */
  actor_user_id: string | null;
  /** The origin of the link when PUBLIC_URL is not set (the importing request's own). */
  base_url: string | null;
  requested_at: string;
}

/** A personal API token; only its SHA-256 is kept. */
export interface ApiTokensTable {
  id: string;
  organisation_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

/** A person's authenticator (TOTP) secret, AES-GCM encrypted; `confirmed_at` is null while they are still setting it up. */
export interface AccountTwoFactorTable {
  user_id: string;
  organisation_id: string;
  secret_encrypted: string;
  created_at: string;
  confirmed_at: string | null;
  /** The time step of the last code accepted: a code of that step or an earlier one is refused (no replay). */
  last_used_step: number | null;
  /** Wrong codes since the last right one; at the limit the person waits until `locked_until`. */
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: string | null;
}

/** A one-time recovery code; the id is the SHA-256 of the code as typed (normalised). */
export interface AccountRecoveryCodesTable {
  id: string;
  organisation_id: string;
  user_id: string;
  created_at: string;
  used_at: string | null;
}

/**
 * A sign-in half done: the password was right and a second step waits (`verify`: a code;
 * `setup`: the organisation requires two-factor the person has not set up). No session exists
 * until it is done. The id is the SHA-256 of the cookie's token.
 */
export interface AccountSignInChallengesTable {
  id: string;
  organisation_id: string;
  user_id: string;
  purpose: 'verify' | 'setup';
  next_path: string;
  created_at: string;
  expires_at: string;
}

/** An organisation's sign-in rules kept by accounts (absent row: nothing required). */
export interface AccountSecuritySettingsTable {
  organisation_id: string;
  require_two_factor: ColumnType<number, number | undefined, number>;
  updated_at: string;
}

/**
 * An OpenID Connect provider staff sign in through (issue 20 item 2). The claim names and the
 * mappings are kept as the admin typed them (a mapping: lines `claim value = target`); the
 * client secret is AES-256-GCM encrypted (`single-sign-on/client-secret.ts`).
 */
export interface AccountIdentityProvidersTable {
  id: string;
  organisation_id: string;
  /** The button's name, LocalizedText JSON. */
  name: string;
  issuer_url: string;
  client_id: string;
  client_secret_encrypted: string;
  /** Space-separated scopes asked for; `openid` always among them. */
  scopes: string;
  enabled: number;
  /** Whether the provider's `amr` saying multi-factor counts as Tarina's second factor. */
  trust_mfa: number;
  /** E-mail domains accepted, comma-separated; empty: any. */
  allowed_domains: string;
  claim_email: string;
  claim_name: string;
  claim_roles: string;
  role_map: string;
  claim_unit: string;
  unit_map: string;
  claim_work_community: string;
  work_community_map: string;
  created_at: string;
  updated_at: string;
}

/** A person known to a provider: the issuer and its `sub`, unique in the organisation. */
export interface AccountIdentityLinksTable {
  id: string;
  organisation_id: string;
  user_id: string;
  issuer: string;
  subject: string;
  created_at: string;
  last_sign_in_at: string;
}

/** A sign-in sent to a provider and not yet back; the id is the SHA-256 of the cookie's token. */
export interface AccountProviderSignInsTable {
  id: string;
  organisation_id: string;
  provider_id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  locale: string;
  next_path: string;
  created_at: string;
  expires_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    users: UsersTable;
    sessions: SessionsTable;
    role_grants: RoleGrantsTable;
    password_resets: PasswordResetsTable;
    api_tokens: ApiTokensTable;
    account_invitations: AccountInvitationsTable;
    account_invitation_requests: AccountInvitationRequestsTable;
    account_invitation_batches: AccountInvitationBatchesTable;
    account_two_factor: AccountTwoFactorTable;
    account_recovery_codes: AccountRecoveryCodesTable;
    account_sign_in_challenges: AccountSignInChallengesTable;
    account_security_settings: AccountSecuritySettingsTable;
    account_identity_providers: AccountIdentityProvidersTable;
    account_identity_links: AccountIdentityLinksTable;
    account_provider_sign_ins: AccountProviderSignInsTable;
  }
}
