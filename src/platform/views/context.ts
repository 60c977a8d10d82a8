import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Actor } from '../authz/authz.ts';
import type { CurrentUser, OrganisationInfo } from '../http/request-context.ts';
import type { Locale, LocalizedText } from '../i18n/locales.ts';
import type { MessageValues } from '../i18n/translator.ts';
import type { AdminLink } from '../module.ts';

/** What every component may ask of the page it renders in. */
export interface ViewContextValue {
  locale: Locale;
  /** The current URL (with its locale prefix). */
  url: string;
  t(key: string, values?: MessageValues): string;
  /** Picks a localized text in the page's language (Finnish as the fallback). */
  text(value: LocalizedText | null | undefined): string;
  formatDate(date: Date | string, options?: Intl.DateTimeFormatOptions): string;
  /** Localizes a path: href('/processes/x') → '/fi/processes/x'. */
  href(path: string): string;
  can(action: string, subject?: unknown): boolean;
  /** A CSRF token for forms; generated on first use. */
  csrfToken(): string;
  organisation: OrganisationInfo;
  user: CurrentUser | null;
  actor: Actor;
  adminLinks: AdminLink[];
  flash: string | null;
  /** The response's HTTP status: 422 marks a form sent back with errors, and its title says so. */
  status: number;
}

/** The page's context; provided by renderPage. */
export const ViewContext = createContext<ViewContextValue | null>(null);

/** The current page's context (throws outside renderPage, which is a programming error). */
export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error('useView() outside renderPage');
  return value;
}
