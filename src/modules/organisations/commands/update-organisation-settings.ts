import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { forgetResolvedOrganisations } from '../queries/resolve-organisation.ts';
import type { OrganisationSettings } from '../schemas.ts';

/**
 * Saves the organisation's name and branding; fields left out keep their
 * value. The schema has already refused an accent colour under 4.5:1.
 */
export async function updateOrganisationSettings(
  db: Db,
  actor: Actor,
  changes: Partial<OrganisationSettings>,
  now: Date,
): Promise<OrganisationSettings> {
  const saved = await db.transaction().execute(async (trx) => {
    const current = await getOrganisationSettings(trx, actor.organisationId);
    if (!current) throw refuse.notFound();
    const next: OrganisationSettings = {
      name: changes.name ?? current.name,
      logoUrl: changes.logoUrl === undefined ? current.logoUrl : changes.logoUrl,
      accentColor: changes.accentColor === undefined ? current.accentColor : changes.accentColor,
      allowSignUp: changes.allowSignUp ?? current.allowSignUp,
    };
    await trx
      .updateTable('organisations')
      .set({
        name: JSON.stringify(next.name),
        logo_url: next.logoUrl,
        accent_color: next.accentColor,
        allow_sign_up: next.allowSignUp ? 1 : 0,
        updated_at: now.toISOString(),
      })
      .where('id', '=', actor.organisationId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'organisations.settings.update',
        subjectType: 'organisation',
        subjectId: actor.organisationId,
        details: { name: next.name.fi, accentColor: next.accentColor, logoUrl: next.logoUrl, allowSignUp: next.allowSignUp },
      },
      now,
    );
    return next;
  });
  // Host look-ups are cached; the new name and colour must show on the next request.
  forgetResolvedOrganisations();
  return saved;
}
