import type { Db } from '../../../platform/db/database.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { countLinkTargets, listLinksFrom } from '../../contributions/index.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import { findApprovedParagraphs } from '../../story/index.ts';
import type { Goal, Objective } from '../model.ts';
import { GOAL_LINKS } from '../trace-types.ts';
import { loadFollowUp } from './load-follow-up.ts';
import { followThemeSuccessors } from './theme-successors.ts';

/** How many quotes of each theme the trace shows. */
export const TRACE_QUOTES_PER_THEME = 3;

/** A theme on a goal's trace: its words, how many contributions it groups, and some of their quotes. */
export interface TracedTheme {
  id: string;
  label: LocalizedText;
  summary: LocalizedText;
  contributionCount: number;
  quotes: Array<{ text: string; channel: string; language: string }>;
}

/** A goal's trace: the story paragraph it came from, the themes it draws on and the voices they group, and the objectives serving it. */
export interface GoalTrace {
  goal: Goal;
  /** The approved story's paragraph the goal cites (null when it cites none, or one outside the approved version). */
  paragraph: { key: string; text: LocalizedText; versionNumber: number } | null;
  themes: TracedTheme[];
  /** Distinct contributions behind the goal's themes. */
  contributionCount: number;
  objectives: Objective[];
}

/**
 * Walks a goal's links upwards: goal → paragraph, goal → themes (followed through merges and splits) → contributions
 * (one query per step), and its objectives.
 */
export async function loadGoalTrace(db: Db, organisationId: string, goal: Goal): Promise<GoalTrace> {
  const [approved, themeLinks, published, followUp] = await Promise.all([
    goal.paragraphId ? findApprovedParagraphs(db, organisationId, goal.processId) : Promise.resolve(undefined),
    listLinksFrom(db, organisationId, GOAL_LINKS.goal, [goal.id], GOAL_LINKS.drawsOn),
    findPublishedThemes(db, organisationId, goal.processId),
    loadFollowUp(db, organisationId, goal.processId),
  ]);
  const found = approved?.paragraphs.find((paragraph) => paragraph.key === goal.paragraphId);
  const linkedIds = await followThemeSuccessors(
    db,
    organisationId,
    themeLinks.map((link) => link.toId),
  );
  const themes = (published?.themes ?? []).filter((theme) => linkedIds.has(theme.id));
  // Counted in the database: a goal's themes may group tens of thousands of voices (the `trace` bench).
  const contributionCount = await countLinkTargets(
    db,
    organisationId,
    GOAL_LINKS.theme,
    themes.map((theme) => theme.id),
    GOAL_LINKS.groups,
  );
  return {
    goal,
    paragraph: found && approved ? { key: found.key, text: found.text, versionNumber: approved.versionNumber } : null,
    themes: themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      summary: theme.summary,
      contributionCount: theme.contributionCount,
      quotes: theme.quotes
        .slice(0, TRACE_QUOTES_PER_THEME)
        .map((quote) => ({ text: quote.text, channel: quote.channel, language: quote.language })),
    })),
    contributionCount,
    objectives: followUp.objectives.filter((objective) => objective.goalId === goal.id),
  };
}
