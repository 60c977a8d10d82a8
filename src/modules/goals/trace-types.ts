/** The link types and relations the goals module writes in `links` (the trace from voices to goals). */
export const GOAL_LINKS = {
  goal: 'goal',
  objective: 'goal_objective',
  /** A paragraph of the story module, named by kind so this module does not depend on the story's tables. */
  paragraph: 'story.paragraph',
  /** goal —derived_from→ story.paragraph; objective —serves→ goal. */
  derivedFrom: 'derived_from',
  serves: 'serves',
} as const;
