import { z } from 'zod';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { localizedTextSchema } from '../../../platform/i18n/locales.ts';
import { forgetResolvedOrganisations } from '../queries/resolve-organisation.ts';

/** Input of a new organisation. */
export const createOrganisationSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema(120),
  hosts: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .min(1)
        .max(253)
        .regex(/^[a-z0-9.-]+$/),
    )
    .max(20)
    .default([]),
  isDefault: z.boolean().default(false),
});

/** Creates an organisation with its host names; the first one ever created becomes the default. */
export async function createOrganisation(db: Db, input: z.input<typeof createOrganisationSchema>, now: Date): Promise<string> {
  const data = createOrganisationSchema.parse(input);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    await trx
      .insertInto('organisations')
      .values({
        id,
        slug: data.slug,
        name: JSON.stringify(data.name),
        logo_url: null,
        accent_color: null,
        locales: JSON.stringify(['fi', 'sv', 'en']),
        time_zone: 'Europe/Helsinki',
        allow_sign_up: 1,
        is_default: data.isDefault || !existing ? 1 : 0,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    for (const host of data.hosts) {
      await trx.insertInto('organisation_hosts').values({ host, organisation_id: id }).execute();
    }
  });
  forgetResolvedOrganisations();
  return id;
}
