import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { listApiTokens } from './list-api-tokens.ts';
import { listUserGrants } from './list-user-grants.ts';
import '../tables.ts';
import '../../../platform/db/platform-tables.ts';

/** Whose data to export, and the session asking (marked as current). */
export interface ExportSubject {
  organisationId: string;
  userId: string;
  sessionId?: string | null;
}

async function exportSessions(db: Db, subject: ExportSubject) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at'])
    .$call(inOrganisation(subject.organisationId, 'sessions'))
    .where('user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  // The id is the hash of the cookie's token: left out, like every other hash.
  return rows.map((row) => ({
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    current: row.id === subject.sessionId,
  }));
}

async function exportPasswordResets(db: Db, subject: ExportSubject) {
  const rows = await db
    .selectFrom('password_resets')
    .select(['created_at', 'expires_at', 'used_at'])
    .$call(inOrganisation(subject.organisationId, 'password_resets'))
    .where('user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at }));
}

async function exportAuditEntries(db: Db, subject: ExportSubject) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['action', 'actor_user_id', 'details', 'created_at'])
    .where('organisation_id', '=', subject.organisationId)
    .where('subject_type', '=', 'user')
    .where('subject_id', '=', subject.userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    action: row.action,
    byThemselves: row.actor_user_id === subject.userId,
    details: parseJsonColumn<Record<string, unknown>>(row.details, {}),
    at: row.created_at,
  }));
}

async function exportInvitations(db: Db, subject: ExportSubject) {
  const rows = await db
    .selectFrom('account_invitations')
    .select(['created_at', 'expires_at', 'used_at'])
    .$call(inOrganisation(subject.organisationId, 'account_invitations'))
    .where('user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  // The id is the hash of the link's token: left out.
  return rows.map((row) => ({ createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at }));
}

/**
 * Invitations asked for and not yet mailed: a staff import's (the mark on the person's row
 * and its batch's time) and the send button's (a request row, with its tries). Who asked is
 * another person: left out.
 */
async function exportInvitationRequests(db: Db, subject: ExportSubject) {
  const batch = await db
    .selectFrom('users')
    .innerJoin('account_invitation_batches as batch', 'batch.id', 'users.invitation_batch_id')
    .select('batch.requested_at')
    .where('users.organisation_id', '=', subject.organisationId)
    .where('users.id', '=', subject.userId)
    .executeTakeFirst();
  const requests = await db
    .selectFrom('account_invitation_requests')
    .select(['requested_at', 'attempts', 'next_attempt_at'])
    .$call(inOrganisation(subject.organisationId, 'account_invitation_requests'))
    .where('user_id', '=', subject.userId)
    .execute();
  return [
    ...(batch ? [{ source: 'staffImport', requestedAt: batch.requested_at, attempts: 0, nextAttemptAt: null }] : []),
    ...requests.map((row) => ({
      source: 'request',
      requestedAt: row.requested_at,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
    })),
  ];
}

/**
 * Two-factor sign-in: whether it is on (or being set up), since when, the wait after wrong codes,
 * and when each recovery code was made and used. The secret and the codes' hashes are left out.
 */
async function exportTwoFactor(db: Db, subject: ExportSubject) {
  const row = await db
    .selectFrom('account_two_factor')
    .select(['created_at', 'confirmed_at', 'locked_until'])
    .$call(inOrganisation(subject.organisationId, 'account_two_factor'))
    .where('user_id', '=', subject.userId)
    .executeTakeFirst();
  const codes = await db
    .selectFrom('account_recovery_codes')
    .select(['created_at', 'used_at'])
    .$call(inOrganisation(subject.organisationId, 'account_recovery_codes'))
    .where('user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  return {
    status: !row ? 'off' : row.confirmed_at ? 'on' : 'settingUp',
    createdAt: row?.created_at ?? null,
    confirmedAt: row?.confirmed_at ?? null,
    lockedUntil: row?.locked_until ?? null,
    recoveryCodes: codes.map((code) => ({ createdAt: code.created_at, usedAt: code.used_at })),
  };
}

/** The identity providers' links to the person: which issuer knows them by which subject, since when, last used. */
async function exportIdentityLinks(db: Db, subject: ExportSubject) {
  const rows = await db
    .selectFrom('account_identity_links')
    .select(['issuer', 'subject', 'created_at', 'last_sign_in_at'])
    .$call(inOrganisation(subject.organisationId, 'account_identity_links'))
    .where('user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ issuer: row.issuer, subject: row.subject, linkedAt: row.created_at, lastSignInAt: row.last_sign_in_at }));
}

/**
 * The accounts module's part of a personal data export: profile, roles,
 * sessions, API tokens, reset links, sign-in invitations (sent, and asked for
 * but not yet mailed), two-factor sign-in, the identity providers' links and the audit entries about the person.
 * No token or password hash, and no other person's id, is included.
 */
export async function exportAccountData(db: Db, subject: ExportSubject) {
  const profile = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'locale', 'unit_id', 'created_at', 'updated_at', 'last_sign_in_at'])
    .$call(inOrganisation(subject.organisationId, 'users'))
    .where('id', '=', subject.userId)
    .executeTakeFirstOrThrow();
  const grants = await listUserGrants(db, subject.organisationId, subject.userId);
  return {
    profile: {
      id: profile.id,
      email: profile.email,
      displayName: profile.display_name,
      locale: profile.locale,
      unitId: profile.unit_id,
      createdAt: profile.created_at,
      updatedAt: profile.updated_at,
      lastSignInAt: profile.last_sign_in_at,
    },
    roles: grants.map((grant) => ({
      role: grant.role,
      scopeType: grant.scopeType,
      scopeId: grant.scopeId || null,
      grantedAt: grant.createdAt,
    })),
    sessions: await exportSessions(db, subject),
    apiTokens: await listApiTokens(db, subject),
    passwordResets: await exportPasswordResets(db, subject),
    invitations: await exportInvitations(db, subject),
    invitationRequests: await exportInvitationRequests(db, subject),
    twoFactor: await exportTwoFactor(db, subject),
    identityLinks: await exportIdentityLinks(db, subject),
    auditEntries: await exportAuditEntries(db, subject),
  };
}
