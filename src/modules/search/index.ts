export { reindexOrganisation } from './reindex.ts';
