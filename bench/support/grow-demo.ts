import { newId } from '../../src/platform/db/ids.ts';
import { bumpPageVersion } from '../../src/platform/http/page-cache.ts';
import type { AppContext } from '../../src/platform/module.ts';

/** How many of each kind of row growDemoProcess adds. */
export const EXTRA_ROWS = 20;

const text = (fi: string) => JSON.stringify({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const day = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/**
 * Adds EXTRA_ROWS phases, bodies (each with a member), timeline items (each for one of
 * the new bodies) and published posts to a process, straight into its tables: a page that
 * reads collections with a fixed number of queries runs as many statements afterwards.
 */
export async function growDemoProcess(context: AppContext, slug: string): Promise<void> {
  const process = await context.db
    .selectFrom('processes')
    .select(['id', 'organisation_id'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const scope = { organisation_id: process.organisation_id };
  const now = new Date().toISOString();
  await context.db.transaction().execute(async (trx) => {
    for (let index = 0; index < EXTRA_ROWS; index += 1) {
      const month = (index % 12) + 1;
      const bodyId = newId();
      const itemId = newId();
      await trx
        .insertInto('process_phases')
        .values({
          ...scope,
          id: newId(),
          process_id: process.id,
          position: 100 + index,
          title: text(`Lisävaihe ${index + 1}`),
          description: text('Vaihe, jonka vertailuajo lisäsi.'),
          starts_on: day(2014 + Math.floor(index / 12), month),
          ends_on: day(2014 + Math.floor(index / 12), month).replace(/01$/, '28'),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('process_bodies')
        .values({
          ...scope,
          id: bodyId,
          process_id: process.id,
          parent_id: null,
          kind: 'other',
          name: text(`Lisäryhmä ${index + 1}`),
          description: text('Ryhmä, jonka vertailuajo lisäsi.'),
          position: 100 + index,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('body_members')
        .values({
          ...scope,
          id: newId(),
          body_id: bodyId,
          user_id: null,
          position_title: text('Puheenjohtaja'),
          responsibility: text('Kutsuu ryhmän koolle.'),
          sector_id: null,
          position: 0,
          created_at: now,
        })
        .execute();
      await trx
        .insertInto('timeline_items')
        .values({
          ...scope,
          id: itemId,
          process_id: process.id,
          phase_id: null,
          starts_on: day(2013, month),
          ends_on: null,
          start_time: null,
          end_time: null,
          date_precision: 'day',
          kind: 'meeting',
          title: text(`Lisätapaaminen ${index + 1}`),
          purpose: text('Tapaaminen, jonka vertailuajo lisäsi.'),
          responsible: text('Koordinaatioryhmä'),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('timeline_item_audiences')
        .values({ ...scope, timeline_item_id: itemId, body_id: bodyId })
        .execute();
      await trx
        .insertInto('news_posts')
        .values({
          ...scope,
          id: newId(),
          process_id: process.id,
          phase_id: null,
          kind: 'blog',
          slug: `vertailu-${index + 1}`,
          title: text(`Vertailuajon kirjoitus ${index + 1}`),
          summary: text('Kirjoitus, jonka vertailuajo lisäsi.'),
          body: text('Kirjoitus, jonka vertailuajo lisäsi.'),
          video_url: null,
          status: 'published',
          published_at: `2013-${String(month).padStart(2, '0')}-15T09:00:00.000Z`,
          author_user_id: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    // Written straight into the tables, so it moves the page version on as the commands do.
    await bumpPageVersion(trx, process.organisation_id);
  });
}
