export { authenticate } from './commands/authenticate.ts';
export { createUser } from './commands/create-user.ts';
export { accountsModule } from './module.ts';
export { anonymousIdentity, resolveIdentity } from './queries/resolve-identity.ts';
export { signUpSchema } from './schemas.ts';
