export { addLink, addLinks, LINKS_PER_INSERT, type LinkEnd, type LinkInput, removeLinksFrom } from './commands/link.ts';
export { type ContributionInput, deleteContribution, recordContribution } from './commands/record-contribution.ts';
export { CONTRIBUTIONS_PER_INSERT, recordContributions, type TimedContributionInput } from './commands/record-contributions.ts';
export { type ChannelParticipation, countParticipation, type Participation } from './queries/count-participation.ts';
export {
  type ContributionCount,
  type ContributionRow,
  type ContributionScope,
  countProcessContributions,
  countProcessContributionsBy,
  pageProcessContributions,
} from './queries/count-process-participation.ts';
export { listLinkedAuthors } from './queries/list-contribution-authors.ts';
export { type Contribution, listContributions } from './queries/list-contributions.ts';
export { pageVisibleTexts, type VisibleText } from './queries/page-visible-texts.ts';
export { countLinkTargets, listAuthorContributions, listLinksFrom, listLinksTo, type TraceLink } from './queries/trace-links.ts';
export { CHANNELS, type Channel } from './tables.ts';
