import type { RetentionRule } from '../../platform/retention.ts';
import { FOLLOWS_LIMITS } from './schemas.ts';

/** What follows keeps only for a while: follows never confirmed and the links of follows (the digest job removes them). */
export const followsRetention: RetentionRule[] = [
  {
    name: 'follows.unconfirmed',
    data: {
      fi: 'Vahvistamattomat prosessin seuraamiset sähköpostiosoitteineen ja seuraamisen linkit',
      sv: 'Obekräftade följningar av en process med e-postadress, och följningarnas länkar',
      en: 'Unconfirmed follows of a process with their e-mail address, and the links of follows',
    },
    period: {
      fi: `Vahvistamaton seuraaminen poistetaan ${FOLLOWS_LIMITS.confirmDays} päivän kuluttua, linkki sen vanhetessa.`,
      sv: `En obekräftad följning raderas efter ${FOLLOWS_LIMITS.confirmDays} dagar, en länk när den går ut.`,
      en: `An unconfirmed follow is removed after ${FOLLOWS_LIMITS.confirmDays} days, a link when it expires.`,
    },
    job: 'follows.digests',
  },
];
