import { type Actor, definePermissions } from '../../platform/authz/authz.ts';

/**
 * Who may do what with follows: a signed-in person follows and stops following with one
 * button; anyone else follows by e-mail (no permission: the confirmation link decides).
 */
export const followsPermissions = definePermissions({
  'follows.follow.own': (actor: Actor) => actor.userId !== null,
});
