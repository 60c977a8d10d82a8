export { organisationsAudienceLookups } from './audience-lookups.ts';
export { createOrganisation, createOrganisationSchema } from './commands/create-organisation.ts';
export { findUnit, flattenUnitTree, listUnitTree, type UnitNode } from './queries/list-units.ts';
export { forgetResolvedOrganisations, resolveOrganisation } from './queries/resolve-organisation.ts';
