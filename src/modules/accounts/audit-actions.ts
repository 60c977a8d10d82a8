/**
 * The audit log actions this module records. Every one but the identity
 * providers' is about a person (subject type 'user', subject id the user's id),
 * so a personal data export finds them all.
 */
export const AUDIT_ACTIONS = {
  passwordReset: 'accounts.password.reset',
  passwordChange: 'accounts.password.change',
  otherSessionsEnd: 'accounts.session.endOthers',
  tokenCreate: 'accounts.token.create',
  tokenRevoke: 'accounts.token.revoke',
  accountDelete: 'accounts.account.delete',
  personalDataExport: 'accounts.personalData.export',
  roleGrant: 'accounts.role.grant',
  roleRevoke: 'accounts.role.revoke',
  userPlace: 'accounts.user.place',
  userDeactivate: 'accounts.user.deactivate',
  userReactivate: 'accounts.user.reactivate',
  invitationSend: 'accounts.invitation.send',
  invitationAccept: 'accounts.invitation.accept',
  twoFactorEnable: 'accounts.twoFactor.enable',
  twoFactorDisable: 'accounts.twoFactor.disable',
  twoFactorReset: 'accounts.twoFactor.reset',
  recoveryCodeUse: 'accounts.twoFactor.recoveryCodeUse',
  recoveryCodesRenew: 'accounts.twoFactor.recoveryCodesRenew',
  /** The organisation's "require two-factor" changed; the subject is the admin who changed it (details say to what). */
  twoFactorRequirement: 'accounts.security.twoFactorRequirement',
  /** An identity provider for single sign-on was added or changed; the subject is the provider (`identity_provider`). */
  identityProviderCreate: 'accounts.identityProvider.create',
  identityProviderUpdate: 'accounts.identityProvider.update',
  /** A person was made by their first sign-in through a provider (the actor is the person). */
  singleSignOnUserCreate: 'accounts.singleSignOn.userCreate',
} as const;
