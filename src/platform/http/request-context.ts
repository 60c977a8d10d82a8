import type { Actor } from '../authz/authz.ts';
import type { Locale, LocalizedText } from '../i18n/locales.ts';

/** The organisation a request is served for, chosen by host name. */
export interface OrganisationInfo {
  id: string;
  slug: string;
  name: LocalizedText;
  logoUrl: string | null;
  accentColor: string | null;
  locales: Locale[];
  timeZone: string;
}

/** The signed-in user, as pages and handlers need it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

/** What identifies the requester: set by the accounts module for every request. */
export interface Identity {
  user: CurrentUser | null;
  actor: Actor;
  /** True when authenticated by a bearer API token (no cookie, so no CSRF check). */
  viaToken: boolean;
  sessionId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    organisation: OrganisationInfo;
    identity: Identity;
  }
}
