import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { localizedTextSchema } from '../../../platform/i18n/locales.ts';
import { checkAccentColor } from '../../../platform/views/contrast.ts';
import { forgetResolvedOrganisations } from '../queries/resolve-organisation.ts';

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** The organisation's name and branding, as the admin form and API send them. */
export const organisationSettingsSchema = z.object({
  name: localizedTextSchema(120),
  logoUrl: z
    .preprocess(
      emptyToNull,
      z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable(),
    )
    .default(null),
  accentColor: z
    .preprocess(
      emptyToNull,
      z
        .string()
        .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'organisations.settings.colorFormat' })
        .nullable(),
    )
    .default(null)
    .superRefine((value, context) => {
      if (!value) return;
      const checked = checkAccentColor(value);
      if (checked && !checked.ok) {
        context.addIssue({
          code: 'custom',
          params: { key: 'organisations.settings.colorContrast', values: { ratio: checked.ratio } },
        });
      }
    }),
  allowSignUp: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()).default(false),
});

/** Saves name and branding; the accent colour must reach 4.5:1 against white. */
export async function updateOrganisationSettings(
  db: Db,
  actor: Actor,
  input: z.output<typeof organisationSettingsSchema>,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('organisations')
      .set({
        name: JSON.stringify(input.name),
        logo_url: input.logoUrl,
        accent_color: input.accentColor,
        allow_sign_up: input.allowSignUp ? 1 : 0,
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
        details: { name: input.name.fi, accentColor: input.accentColor, logoUrl: input.logoUrl },
      },
      now,
    );
  });
  forgetResolvedOrganisations();
}
