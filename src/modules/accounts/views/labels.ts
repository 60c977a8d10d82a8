import type { Role } from '../../../platform/authz/authz.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import type { RoleGrantsTable } from '../tables.ts';

/** The message key naming each role (written out so every key is a literal). */
export const ROLE_LABEL_KEYS: Record<Role, string> = {
  org_admin: 'accounts.role.orgAdmin',
  process_manager: 'accounts.role.processManager',
  facilitator: 'accounts.role.facilitator',
  analyst: 'accounts.role.analyst',
  moderator: 'accounts.role.moderator',
  unit_manager: 'accounts.role.unitManager',
  member: 'accounts.role.member',
};

/** The message key naming each kind of scope. */
export const SCOPE_LABEL_KEYS: Record<RoleGrantsTable['scope_type'], string> = {
  organisation: 'accounts.scope.organisation',
  process: 'accounts.scope.process',
  unit: 'accounts.scope.unit',
};

/** The message key naming each UI language, in that language. */
export const LANGUAGE_LABEL_KEYS: Record<Locale, string> = {
  fi: 'accounts.profile.languageFi',
  sv: 'accounts.profile.languageSv',
  en: 'accounts.profile.languageEn',
};
