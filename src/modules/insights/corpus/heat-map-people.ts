import type { Contribution } from '../../contributions/index.ts';
import { todayIn } from '../../processes/index.ts';
import type { HeatMapPerson } from '../themes/heat-map.ts';
import { backgroundAnswersOf, backgroundKey } from './contribution-facets.ts';

/** A contribution of a run and a theme one of its sentences is in (null: a sentence in no theme). */
export interface ThemeMembership {
  contributionId: string;
  themeIndex: number | null;
}

/** A phase as the heat map reads it: its id and inclusive dates ('YYYY-MM-DD'). */
export interface HeatMapPhase {
  id: string;
  startsOn: string;
  endsOn: string;
}

/**
 * What the columns of the heat map are: the channel, the answer to one background question (by its code), or the
 * phase a contribution was given in (its day in the organisation's time zone within the phase's dates; the first
 * phase in the process's order when phases overlap).
 */
export type HeatMapAxis =
  | { kind: 'channel' }
  | { kind: 'background'; questionCode: string }
  | { kind: 'phase'; phases: readonly HeatMapPhase[]; timeZone: string };

/** The phase a contribution was given in, or null when its day is in none. */
function phaseOf(createdAt: string, axis: { phases: readonly HeatMapPhase[]; timeZone: string }): string | null {
  const day = todayIn(new Date(createdAt), axis.timeZone);
  return axis.phases.find((phase) => phase.startsOn <= day && day <= phase.endsOn)?.id ?? null;
}

/**
 * Who gave a contribution: the pseudonymous participant (a survey response, a workshop participant),
 * else the account, else the contribution itself (a person we cannot tell apart from others).
 */
export function personOf(row: Pick<Contribution, 'id' | 'participantKey' | 'authorUserId'>): string {
  if (row.participantKey) return `participant:${row.participantKey}`;
  if (row.authorUserId) return `user:${row.authorUserId}`;
  return `contribution:${row.id}`;
}

/**
 * The people of a run for the heat map: each person once with their group and the themes any of
 * their sentences is in. By channel (or phase), a person who wrote in two channels (phases) counts once
 * in each (their themes there); a contribution given outside every phase has no group. By background, a person's group is their answer to the question (several choices
 * joined as one group, `ika=a+b`), or null when they gave none; contributions of the run that are
 * no longer visible are left out.
 */
export function heatMapPeople(
  memberships: readonly ThemeMembership[],
  contributions: readonly Contribution[],
  axis: HeatMapAxis,
): HeatMapPerson[] {
  const byId = new Map(contributions.map((row) => [row.id, row]));
  const people = new Map<string, { group: string | null; themes: Set<number> }>();
  for (const membership of memberships) {
    const row = byId.get(membership.contributionId);
    if (!row) continue;
    let key = personOf(row);
    let group: string | null;
    if (axis.kind === 'channel') {
      key = `${key}|${row.channel}`;
      group = row.channel;
    } else if (axis.kind === 'phase') {
      group = phaseOf(row.createdAt, axis);
      key = `${key}|${group ?? ''}`;
    } else {
      const answer = backgroundAnswersOf(row.metadata).find((candidate) => candidate.questionCode === axis.questionCode);
      group = answer ? backgroundKey(axis.questionCode, [...answer.codes].sort().join('+')) : null;
    }
    let person = people.get(key);
    if (!person) {
      person = { group, themes: new Set() };
      people.set(key, person);
    }
    if (person.group === null && group !== null) person.group = group;
    if (membership.themeIndex !== null) person.themes.add(membership.themeIndex);
  }
  return [...people.values()];
}
