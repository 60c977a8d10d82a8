import type { Db } from '../../../platform/db/database.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { listAuthorContributions, listLinksTo } from '../../contributions/index.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import { findProcessById } from '../../processes/index.ts';
import type { Goal } from '../model.ts';
import { GOAL_LINKS } from '../trace-types.ts';
import { loadFollowUp } from './load-follow-up.ts';
import { listThemeAncestors } from './theme-successors.ts';

/** How many of a person's newest contributions the page follows. */
export const MY_TRACE_CONTRIBUTIONS = 50;

/** A goal reached by a person's contribution, with where its trace is read and how many objectives serve it. */
export interface ReachedGoal {
  goal: Goal;
  processSlug: string;
  objectives: number;
}

/** One of a person's contributions and what it reached: the published themes that group it and the goals that draw on them. */
export interface MyTraceEntry {
  id: string;
  text: string;
  channel: string;
  createdAt: string;
  themes: Array<{ id: string; label: LocalizedText }>;
  goals: ReachedGoal[];
}

/** Walks a person's contributions down the links: contribution ← theme (groups) ← goal (draws_on); one query per step. */
export async function loadMyTrace(db: Db, organisationId: string, userId: string): Promise<MyTraceEntry[]> {
  const contributions = await listAuthorContributions(db, organisationId, userId, MY_TRACE_CONTRIBUTIONS);
  const grouped = await listLinksTo(
    db,
    organisationId,
    GOAL_LINKS.contribution,
    contributions.map((contribution) => contribution.id),
    GOAL_LINKS.groups,
  );
  const themeIds = [...new Set(grouped.filter((link) => link.fromType === GOAL_LINKS.theme).map((link) => link.fromId))];
  // A goal drawing on a theme that was since merged into, or split into, one of these still reaches the voices.
  const ancestors = await listThemeAncestors(db, organisationId, themeIds);
  const drawn = await listLinksTo(
    db,
    organisationId,
    GOAL_LINKS.theme,
    [...new Set([...ancestors.values()].flatMap((set) => [...set]))],
    GOAL_LINKS.drawsOn,
  );
  const drawing = themeIds.flatMap((themeId) =>
    drawn.filter((link) => ancestors.get(themeId)?.has(link.toId)).map((link) => ({ ...link, toId: themeId })),
  );
  const processIds = [...new Set(contributions.flatMap((contribution) => (contribution.processId ? [contribution.processId] : [])))];
  const themes = new Map<string, LocalizedText>();
  const goals = new Map<string, ReachedGoal>();
  for (const processId of processIds) {
    const [published, followUp, process] = await Promise.all([
      findPublishedThemes(db, organisationId, processId),
      loadFollowUp(db, organisationId, processId),
      findProcessById(db, organisationId, processId),
    ]);
    for (const theme of published?.themes ?? []) themes.set(theme.id, theme.label);
    for (const goal of followUp.goals)
      goals.set(goal.id, {
        goal,
        processSlug: process?.slug ?? '',
        objectives: followUp.objectives.filter((objective) => objective.goalId === goal.id).length,
      });
  }
  return contributions.map((contribution) => {
    const ownThemes = grouped
      .filter((link) => link.toId === contribution.id && themes.has(link.fromId))
      .map((link) => ({ id: link.fromId, label: themes.get(link.fromId) as LocalizedText }));
    const ownThemeIds = new Set(ownThemes.map((theme) => theme.id));
    const goalIds = [...new Set(drawing.filter((link) => ownThemeIds.has(link.toId)).map((link) => link.fromId))];
    return {
      id: contribution.id,
      text: contribution.text,
      channel: contribution.channel,
      createdAt: contribution.createdAt,
      themes: ownThemes,
      goals: goalIds.flatMap((id) => {
        const reached = goals.get(id);
        return reached ? [reached] : [];
      }),
    };
  });
}
