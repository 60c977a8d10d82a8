import type { RetentionRule } from '../../platform/retention.ts';

/** What events keeps only for a while: the answers to an event's extra questions (its own job removes them). */
export const eventsRetention: RetentionRule[] = [
  {
    name: 'events.registration-answers',
    data: {
      fi: 'Ilmoittautumisten lisäkysymysten vastaukset (esim. ruokavalio, saavutettavuustarpeet)',
      sv: 'Svar på anmälningarnas tilläggsfrågor (t.ex. kost, tillgänglighetsbehov)',
      en: 'Answers to registrations’ extra questions (e.g. diet, accessibility needs)',
    },
    period: {
      fi: 'Poistetaan tapahtuman asettaman ajan kuluttua tapahtuman päättymisestä (oletus 30 päivää, enintään 365).',
      sv: 'Raderas efter den tid evenemanget anger efter att det har slutat (30 dagar om inget annat anges, högst 365).',
      en: 'Removed the number of days the event sets after it ends (30 unless set otherwise, at most 365).',
    },
    job: 'events.answer-purge',
  },
];
