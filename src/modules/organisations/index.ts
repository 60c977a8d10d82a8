export { organisationsAudienceLookups } from './audience-lookups.ts';
export { createOrganisation, createOrganisationSchema } from './commands/create-organisation.ts';
export { listOrganisationIds } from './queries/list-organisation-ids.ts';
export { findUnit, flattenUnitTree, listUnitTree, type UnitNode } from './queries/list-units.ts';
export { forgetResolvedOrganisations, resolveOrganisation } from './queries/resolve-organisation.ts';
