import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { AppContext } from '../../../platform/module.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies, listBodyMemberPeople } from '../../processes/index.ts';
import { hashLinkToken, linkToken } from '../links.ts';
import type { InvitationInput } from '../schemas.ts';

/** A new invitation with the token of its personal link (to mail; only its hash is kept). */
export interface NewInvitation {
  id: string;
  email: string;
  token: string;
}

/** What inviting asks of other modules: the database, and the accounts module's look-ups (events read no users table). */
export type InviteContext = Pick<AppContext, 'db' | 'accountLookups'>;

/**
 * The addresses of a body's seats: the accounts linked to a seat, except those who left
 * (deactivated), and the e-mails invited to a seat and not yet accepted (the event's link
 * reaches them before they have an account). The body must be the process's own.
 */
async function bodyMemberEmails(context: InviteContext, organisationId: string, processId: string, bodyId: string): Promise<string[]> {
  const bodies = await listBodies(context.db, organisationId, processId);
  if (!bodies.some((body) => body.id === bodyId)) throw refuse.invalid({ bodyId: { key: 'events.validation.unknownBody' } });
  const people = await listBodyMemberPeople(context, organisationId, [bodyId]);
  const accounts = await context.accountLookups.listByIds(context.db, organisationId, people.userIds);
  const active = [...accounts.values()].filter((account) => !account.deactivated).map((account) => account.email);
  return [...active, ...people.invitedEmails].map((email) => email.toLowerCase());
}

/** The e-mails of the staff placed in a unit or in any unit beneath it (the staff directory), except those who left. */
async function unitStaffEmails(context: InviteContext, organisationId: string, unitId: string): Promise<string[]> {
  const tree = flattenUnitTree(await listUnitTree(context.db, organisationId));
  const unit = tree.find((node) => node.id === unitId);
  if (!unit) throw refuse.invalid({ unitId: { key: 'events.validation.unknownUnit' } });
  const unitIds = flattenUnitTree([unit]).map((node) => node.id);
  const placed = await context.accountLookups.listPlacedInUnits(context.db, organisationId, unitIds);
  return placed.filter((account) => !account.deactivated).map((account) => account.email.toLowerCase());
}

async function insertInvitations(trx: Db, actor: Actor, eventId: string, input: InvitationInput, invitations: NewInvitation[], now: Date) {
  const inserted: NewInvitation[] = [];
  for (const invitation of invitations) {
    const result = await trx
      .insertInto('event_invitations')
      .values({
        id: invitation.id,
        organisation_id: actor.organisationId,
        event_id: eventId,
        email: invitation.email,
        body_id: input.bodyId,
        locale: input.locale,
        link_hash: hashLinkToken(invitation.token),
        registration_id: null,
        created_at: now.toISOString(),
      })
      .onConflict((conflict) => conflict.columns(['event_id', 'email']).doNothing())
      .executeTakeFirst();
    // Invited by a concurrent request a moment ago: their link is the one that works.
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) inserted.push(invitation);
  }
  const details = { eventId, invited: inserted.length, bodyId: input.bodyId, unitId: input.unitId };
  await recordAudit(
    trx,
    {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'events.invitations.create',
      subjectType: 'event',
      subjectId: eventId,
      details,
    },
    now,
  );
  return inserted;
}

/**
 * Invites people to an event: a body's seats (their accounts, and e-mails invited to a seat), a unit's
 * staff (with its work communities') and any e-mails given. Someone already invited is not invited twice (their old
 * link keeps working). Answers the new invitations, to be mailed.
 */
export async function inviteToEvent(
  context: InviteContext,
  actor: Actor,
  event: { id: string; processId: string },
  input: InvitationInput,
  now: Date,
): Promise<{ invited: NewInvitation[]; alreadyInvited: number }> {
  const { db } = context;
  const fromBody = input.bodyId ? await bodyMemberEmails(context, actor.organisationId, event.processId, input.bodyId) : [];
  const fromUnit = input.unitId ? await unitStaffEmails(context, actor.organisationId, input.unitId) : [];
  const emails = [...new Set([...input.emails, ...fromBody, ...fromUnit])];
  const existing = await db
    .selectFrom('event_invitations')
    .select('email')
    .$call(inOrganisation(actor.organisationId, 'event_invitations'))
    .where('event_id', '=', event.id)
    .execute();
  const known = new Set(existing.map((row) => row.email));
  const fresh: NewInvitation[] = [];
  for (const email of emails.filter((entry) => !known.has(entry))) {
    const id = newId();
    fresh.push({ id, email, token: await linkToken(db, 'invitation', id, now) });
  }
  const invited = await db.transaction().execute((trx) => insertInvitations(trx, actor, event.id, input, fresh, now));
  return { invited, alreadyInvited: emails.length - invited.length };
}
