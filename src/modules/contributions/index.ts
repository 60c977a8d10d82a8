export { addLink, type LinkEnd } from './commands/link.ts';
export { type ContributionInput, deleteContribution, recordContribution } from './commands/record-contribution.ts';
export { contributionsModule } from './module.ts';
export { type Contribution, listContributions } from './queries/list-contributions.ts';
export { CHANNELS, type Channel } from './tables.ts';
