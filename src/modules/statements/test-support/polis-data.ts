import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvTable } from '../csv/read-csv.ts';

/** The Polis reference data in the repository (fixtures/polis, with its sources and licences), found from this file. */
export const polisDataRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/polis');

/** Polis's real conversations with its own groups (CSV exports). */
export const polisOpendataRoot = path.join(polisDataRoot, 'opendata');

/** red-dwarf's small conversations with the output of Polis's own math (JSON). */
export const polisRedDwarfRoot = path.join(polisDataRoot, 'red-dwarf');

/**
 * The four open-data conversations the agreement tests hold the computation
 * to. The folder has two more (scoop-hivemind.affordable-housing and
 * scoop-hivemind.ubi): evaluation data for a later change, see its README.
 */
export const POLIS_OPENDATA_CONVERSATIONS = [
  '15-per-hour-seattle',
  'canadian-electoral-reform',
  'scoop-hivemind.biodiversity',
  'vtaiwan.uberx',
] as const;

/** The four open-data conversations, by folder name. */
export function listOpendataConversations(): string[] {
  return [...POLIS_OPENDATA_CONVERSATIONS];
}

/** Polis's own group per participant it grouped (participants-votes.csv, group-id not empty). */
export function readPolisGroups(folder: string): Map<number, string> {
  const text = fs.readFileSync(path.join(folder, 'participants-votes.csv'), 'utf8');
  const groups = new Map<number, string>();
  for (const row of readCsvTable(text, 'participants-votes.csv', ['participant', 'group-id'])) {
    const group = row.value('group-id');
    if (group !== '') groups.set(Number(row.value('participant')), group);
  }
  return groups;
}

/** Output lines of a command run, for assertions. */
export function captureOutput() {
  const out: string[] = [];
  const error: string[] = [];
  return { out, error, output: { out: (line: string) => out.push(line), error: (line: string) => error.push(line) } };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
