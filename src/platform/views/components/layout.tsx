import type { ComponentChildren } from 'preact';
import { pathInLocale } from '../../http/paths.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { useView } from '../context.ts';

const LANGUAGE_NAMES = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const;

/** The page frame: skip link, header with language switch and account links, main, footer. */
export function Layout(props: { title: string; children: ComponentChildren; feedUrl?: string; wide?: boolean }) {
  const view = useView();
  const organisationName = view.text(view.organisation.name);
  const adminLinks = view.adminLinks.filter((link) => view.can(link.permission));
  // A screen reader reads the title first after a submit: it says at once that the form came back with errors.
  const title = view.status === 422 ? view.t('platform.layout.errorTitle', { title: props.title }) : props.title;
  return (
    <html lang={view.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${organisationName}`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/tarina.css" />
        <link rel="stylesheet" href="/branding.css" />
        {LOCALES.map((locale) => (
          <link key={locale} rel="alternate" hrefLang={locale} href={pathInLocale(view.url, locale)} />
        ))}
        {props.feedUrl && <link rel="alternate" type="application/atom+xml" title={props.title} href={props.feedUrl} />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {view.t('platform.layout.skipToContent')}
        </a>
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__brand" href={view.href('/')}>
              {view.organisation.logoUrl && <img src={view.organisation.logoUrl} alt="" class="site-header__logo" />}
              <span>{organisationName}</span>
            </a>
            {/* Search finds public things; the admin pages keep their first screen for their own work. */}
            {!/^\/[a-z]{2}\/admin(\/|$)/.test(view.url) && (
              <search class="site-search" aria-label={view.t('platform.layout.search')}>
                <form method="get" action={view.href('/search')} class="site-search__form">
                  <label for="site-search-q" class="visually-hidden">
                    {view.t('platform.layout.searchLabel')}
                  </label>
                  <input id="site-search-q" class="site-search__input" type="search" name="q" maxLength={200} />
                  <button type="submit" class="site-search__button">
                    {view.t('platform.layout.searchButton')}
                  </button>
                </form>
              </search>
            )}
            <nav class="site-header__nav" aria-label={view.t('platform.layout.accountNavigation')}>
              <ul>
                {adminLinks.length > 0 && (
                  <li>
                    <a href={view.href('/admin')}>{view.t('platform.layout.admin')}</a>
                  </li>
                )}
                {view.user ? (
                  <>
                    <li>
                      <a href={view.href('/account')}>{view.t('platform.layout.account')}</a>
                    </li>
                    <li>
                      <form method="post" action={view.href('/sign-out')} class="inline-form">
                        <input type="hidden" name="_csrf" value={view.csrfToken()} />
                        <button type="submit" class="link-button">
                          {view.t('platform.layout.signOut')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a href={view.href('/sign-in')}>{view.t('platform.layout.signIn')}</a>
                  </li>
                )}
              </ul>
            </nav>
            <nav class="language-switch" aria-label={view.t('platform.layout.languages')}>
              <ul>
                {LOCALES.map((locale) => (
                  <li key={locale}>
                    {locale === view.locale ? (
                      <span aria-current="true" lang={locale}>
                        {LANGUAGE_NAMES[locale]}
                      </span>
                    ) : (
                      <a href={pathInLocale(view.url, locale)} lang={locale} hrefLang={locale}>
                        {LANGUAGE_NAMES[locale]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} class={props.wide ? 'container container--wide' : 'container'}>
          {view.flash && (
            <div class="notice notice--success" role="status">
              {view.flash}
            </div>
          )}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{organisationName}</p>
            <p>
              <a href={view.href('/accessibility')}>{view.t('platform.layout.accessibility')}</a>
              {' · '}
              <a href={view.href('/privacy')}>{view.t('platform.layout.privacy')}</a>
            </p>
            <p class="site-footer__powered">{view.t('platform.layout.poweredBy')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
