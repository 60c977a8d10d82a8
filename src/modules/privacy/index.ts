export { runRetentionRules } from './jobs/retention-job.ts';
