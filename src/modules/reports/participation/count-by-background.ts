import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { pageProcessContributions } from '../../contributions/index.ts';
import type { FigureRow } from './model.ts';

/** The background groups read from contributions' metadata, by the figures' dimension. */
export type BackgroundDimension = 'unit' | 'sector' | 'ageBand' | 'area';

// The survey background kinds each dimension reads (surveys' BACKGROUND_KINDS): a stakeholder's sector is their
// "relation" to the organisation (resident, staff, business, association …).
const KIND_DIMENSION: Record<string, BackgroundDimension> = { unit: 'unit', relation: 'sector', age_band: 'ageBand', home_area: 'area' };

// Rows per keyset page: each page is one round trip (and, before PostgreSQL has statistics for a freshly
// filled table, one read of the process's rows), so pages are as large as the open data's.
const BATCH = 5000;

interface Group {
  label: string;
  people: Set<string>;
  contributions: number;
}

/** The background groups one contribution belongs to: its survey background answers, and a dialogue's top unit. */
export function groupsOf(metadata: Record<string, unknown>): Array<{ dimension: BackgroundDimension; key: string; label: string }> {
  const found: Array<{ dimension: BackgroundDimension; key: string; label: string }> = [];
  if (Array.isArray(metadata.background)) {
    for (const item of metadata.background as Array<Record<string, unknown>>) {
      const dimension = item && typeof item.kind === 'string' ? KIND_DIMENSION[item.kind] : undefined;
      if (!dimension) continue;
      const codes = (Array.isArray(item.value) ? item.value : [item.value]).filter(
        (code) => typeof code === 'string' || typeof code === 'number',
      );
      const labels = typeof item.label === 'string' ? item.label.split('; ') : [];
      codes.forEach((code, index) => {
        found.push({
          dimension,
          key: `${item.questionCode}=${code}`,
          label: labels.length === codes.length ? labels[index]! : String(code),
        });
      });
    }
  }
  if (Array.isArray(metadata.unitPath) && metadata.unitPath.length > 0) {
    const top = metadata.unitPath[metadata.unitPath.length - 1];
    if (typeof top === 'string') found.push({ dimension: 'unit', key: top, label: top });
  }
  return found;
}

/**
 * People and contributions per background group, read in pages of `batch` rows in id order (memory
 * holds the people of each group and one page, not every text). Only rows whose metadata has
 * background answers or a unit are read.
 */
export async function countByBackground(
  db: Db,
  organisationId: string,
  processId: string,
  batch = BATCH,
): Promise<Record<BackgroundDimension, FigureRow[]>> {
  const groups = new Map<string, Group & { dimension: BackgroundDimension; key: string }>();
  let after = '';
  for (;;) {
    const rows = await pageProcessContributions(db, organisationId, processId, {
      after,
      limit: batch,
      withMetadata: ['background', 'unitPath'],
    });
    for (const row of rows) {
      const who = row.person;
      for (const found of groupsOf(parseJsonColumn<Record<string, unknown>>(row.metadata, {}))) {
        const id = `${found.dimension}|${found.key}`;
        const group = groups.get(id) ?? { ...found, people: new Set<string>(), contributions: 0 };
        group.contributions += 1;
        if (who) group.people.add(who);
        groups.set(id, group);
      }
    }
    if (rows.length < batch) break;
    after = rows[rows.length - 1]!.id;
  }
  const result: Record<BackgroundDimension, FigureRow[]> = { unit: [], sector: [], ageBand: [], area: [] };
  for (const group of groups.values()) {
    result[group.dimension].push({ key: group.key, label: group.label, people: group.people.size, contributions: group.contributions });
  }
  for (const rows of Object.values(result)) rows.sort((a, b) => a.label.localeCompare(b.label, 'fi') || a.key.localeCompare(b.key));
  return result;
}
