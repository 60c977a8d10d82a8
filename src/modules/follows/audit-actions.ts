/** The audit actions of the follows module (each has words in the organisations module's messages). */
export const FOLLOWS_AUDIT_ACTIONS = {
  follow: 'follows.follow.create',
  unfollow: 'follows.follow.delete',
  confirm: 'follows.subscription.confirm',
  unsubscribe: 'follows.subscription.unsubscribe',
} as const;

/** One of FOLLOWS_AUDIT_ACTIONS. */
export type FollowsAuditAction = (typeof FOLLOWS_AUDIT_ACTIONS)[keyof typeof FOLLOWS_AUDIT_ACTIONS];
