import { type Actor, definePermissions, isAdmin } from '../../platform/authz/authz.ts';

/**
 * Who may do what: anyone sends feedback on accessibility (the law asks for a channel open to
 * everyone); organisation admins read it, mark it answered and set the contact address.
 * Deny by default: an action without a rule is refused.
 */
export const privacyPermissions = definePermissions({
  'privacy.feedback.send': () => true,
  'privacy.feedback.manage': (actor: Actor) => isAdmin(actor),
});
