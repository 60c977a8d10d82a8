export { accountsAudienceLookups } from './audience-lookups.ts';
export { authenticate } from './commands/authenticate.ts';
export { createUser } from './commands/create-user.ts';
export { collectPersonalData } from './personal-data.ts';
export { anonymousIdentity, resolveIdentity } from './queries/resolve-identity.ts';
export { emailSchema, newPasswordSchema, signUpSchema } from './schemas.ts';
