import { daysBefore, type RetentionRule } from '../../platform/retention.ts';

/** How long a used or expired password reset link and a half-done two-step sign-in are kept (for support questions). */
export const SIGN_IN_LINK_DAYS = 7;

/** What accounts keeps only for a while: sessions, and the links and challenges of signing in. */
export const accountsRetention: RetentionRule[] = [
  {
    name: 'accounts.expired-sessions',
    data: { fi: 'Kirjautumisistunnot', sv: 'Inloggningssessioner', en: 'Signed-in sessions' },
    period: {
      fi: 'Poistetaan, kun istunto on päättynyt tai ollut käyttämättä pidempään kuin istunnon aikaraja.',
      sv: 'Raderas när sessionen har gått ut eller varit oanvänd längre än sessionens tidsgräns.',
      en: 'Removed once the session has ended or has been idle longer than the session timeout.',
    },
    purge: async (context, now) => {
      const idleSince = new Date(now.getTime() - context.config.sessionIdleMinutes * 60_000).toISOString();
      const result = await context.db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleSince)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  },
  {
    name: 'accounts.sign-in-links',
    data: {
      fi: 'Salasanan vaihtolinkit ja kaksivaiheisen kirjautumisen kesken jääneet vaiheet',
      sv: 'Länkar för lösenordsbyte och påbörjade tvåstegsinloggningar',
      en: 'Password reset links and unfinished two-step sign-ins',
    },
    period: {
      fi: `Poistetaan ${SIGN_IN_LINK_DAYS} päivää vanhenemisen tai käytön jälkeen.`,
      sv: `Raderas ${SIGN_IN_LINK_DAYS} dagar efter att de gått ut eller använts.`,
      en: `Removed ${SIGN_IN_LINK_DAYS} days after they expire or are used.`,
    },
    purge: async (context, now) => {
      const before = daysBefore(now, SIGN_IN_LINK_DAYS);
      const resets = await context.db
        .deleteFrom('password_resets')
        .where((eb) => eb.or([eb('expires_at', '<=', before), eb('used_at', '<=', before)]))
        .executeTakeFirst();
      const challenges = await context.db.deleteFrom('account_sign_in_challenges').where('expires_at', '<=', before).executeTakeFirst();
      return Number(resets.numDeletedRows) + Number(challenges.numDeletedRows);
    },
  },
];
