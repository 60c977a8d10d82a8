/** The link types and relations the goals module writes in `links` (the trace from voices to goals). */
export const GOAL_LINKS = {
  goal: 'goal',
  objective: 'goal_objective',
  /** A paragraph of the story module, named by kind so this module does not depend on the story's tables. */
  paragraph: 'story.paragraph',
  /** goal —derived_from→ story.paragraph; objective —serves→ goal. */
  derivedFrom: 'derived_from',
  serves: 'serves',
  /** A theme of the insights module's published set, named by kind (its own `THEME_LINKS.theme`). */
  theme: 'insight_theme',
  /** A contribution of any channel (the contributions module's kind). */
  contribution: 'contribution',
  /** goal —draws_on→ insight_theme: the voices a goal answers, chosen by the coordinator. */
  drawsOn: 'draws_on',
  /** insight_theme —groups→ contribution, written by the insights module when it publishes. */
  groups: 'groups',
  /**
   * insight_theme —merged_into→ insight_theme and —split_into→ insight_theme: what became of a published theme an
   * analyst merged away or split (to be written by insights' edits; goals' trace follows them, see theme-successors.ts).
   */
  mergedInto: 'merged_into',
  splitInto: 'split_into',
} as const;
