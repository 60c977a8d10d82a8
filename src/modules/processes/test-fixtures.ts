import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { bumpPageVersion } from '../../platform/http/page-cache.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { ProcessVisibility } from './tables.ts';

// Tests insert rows directly, so they do not depend on the write side of the
// module and can make what no form allows (hostile text, parent loops). Like the
// commands, each moves the organisation's page version on, so no cached page hides them.

const json = (value: unknown) => JSON.stringify(value);
const NOW = '2013-01-01T00:00:00.000Z';

/** Inserts a bare process (no phases, bodies or timeline) and answers its id. */
export async function insertProcess(
  db: Db,
  organisationId: string,
  values: {
    slug: string;
    visibility?: ProcessVisibility;
    title?: LocalizedText;
    summary?: LocalizedText;
    heroImageUrl?: string | null;
    heroImageAlt?: LocalizedText;
    heroVideoUrl?: string | null;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('processes')
    .values({
      id,
      organisation_id: organisationId,
      slug: values.slug,
      title: json(values.title ?? { fi: `Prosessi ${values.slug}` }),
      summary: json(values.summary ?? { fi: '' }),
      story: json({ fi: '' }),
      hero_image_url: values.heroImageUrl ?? null,
      hero_image_alt: json(values.heroImageAlt ?? { fi: '' }),
      hero_video_url: values.heroVideoUrl ?? null,
      visibility: values.visibility ?? 'public',
      published_at: NOW,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  await bumpPageVersion(db, organisationId);
  return id;
}

/** Inserts a body with one member and one sector and answers its id. */
export async function insertBody(
  db: Db,
  organisationId: string,
  processId: string,
  values: { name: LocalizedText; parentId?: string | null; position?: number },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('process_bodies')
    .values({
      id,
      organisation_id: organisationId,
      process_id: processId,
      parent_id: values.parentId ?? null,
      kind: 'other',
      name: json(values.name),
      description: json({ fi: 'Kuvaus' }),
      position: values.position ?? 0,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  const sectorId = newId();
  await db
    .insertInto('body_sectors')
    .values({ id: sectorId, organisation_id: organisationId, body_id: id, key: `sector-${id}`, name: json({ fi: 'Sektori' }), position: 0 })
    .execute();
  await db
    .insertInto('body_members')
    .values({
      id: newId(),
      organisation_id: organisationId,
      body_id: id,
      user_id: null,
      position_title: json({ fi: 'Puheenjohtaja' }),
      responsibility: json({ fi: 'Johtaa' }),
      sector_id: sectorId,
      position: 0,
      created_at: NOW,
    })
    .execute();
  await bumpPageVersion(db, organisationId);
  return id;
}

async function insertPhase(db: Db, organisationId: string, processId: string, index: number, day: string) {
  await db
    .insertInto('process_phases')
    .values({
      id: newId(),
      organisation_id: organisationId,
      process_id: processId,
      position: index,
      title: json({ fi: `Vaihe ${index + 1}` }),
      description: json({ fi: '' }),
      starts_on: day,
      ends_on: day,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
}

async function insertTimelineItem(db: Db, organisationId: string, processId: string, index: number, day: string, bodyId: string) {
  const id = newId();
  await db
    .insertInto('timeline_items')
    .values({
      id,
      organisation_id: organisationId,
      process_id: processId,
      phase_id: null,
      starts_on: day,
      ends_on: null,
      start_time: null,
      end_time: null,
      date_precision: 'day',
      kind: 'meeting',
      title: json({ fi: `Tapahtuma ${index + 1}` }),
      purpose: json({ fi: '' }),
      responsible: json({ fi: '' }),
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  await db
    .insertInto('timeline_item_audiences')
    .values({ timeline_item_id: id, body_id: bodyId, organisation_id: organisationId })
    .execute();
}

/**
 * Adds `count` phases, `count` bodies (each with a member and a sector) and
 * `count` timeline items (each for one of the bodies) to a process.
 */
export async function insertProcessContent(db: Db, organisationId: string, processId: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const day = `2013-05-${String((index % 28) + 1).padStart(2, '0')}`;
    await insertPhase(db, organisationId, processId, index, day);
    const bodyId = await insertBody(db, organisationId, processId, { name: { fi: `Ryhmä ${index + 1}` }, position: index });
    await insertTimelineItem(db, organisationId, processId, index, day, bodyId);
  }
  await bumpPageVersion(db, organisationId);
}

/** Inserts a published news post for a process (the news module's table) and answers its slug. */
export async function insertPublishedPost(db: Db, organisationId: string, processId: string, slug: string, title: LocalizedText) {
  await db
    .insertInto('news_posts')
    .values({
      id: newId(),
      organisation_id: organisationId,
      process_id: processId,
      phase_id: null,
      kind: 'blog',
      slug,
      title: json(title),
      summary: json({ fi: 'Tiivistelmä' }),
      body: json({ fi: 'Teksti' }),
      video_url: null,
      status: 'published',
      published_at: '2013-04-09T10:00:00.000Z',
      author_user_id: null,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  await bumpPageVersion(db, organisationId);
  return slug;
}
