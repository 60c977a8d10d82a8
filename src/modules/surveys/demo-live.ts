/** The live round's survey: questions of the 2013 surveys, reworded for the new round; dates from the seed day. */
import { LIVE_DAYS, type LiveCalendar } from '../../demo/rauma-live.ts';
import { type DemoQuestion, type DemoSurvey, demoSurveys } from './demo-content.ts';

/** A 2013 demo question by key (the generator shapes the answers by key), with new wording where given. */
function question2013(key: string, text?: DemoQuestion['text']): DemoQuestion {
  const found = demoSurveys.flatMap((survey) => survey.sections.flatMap((section) => section.questions)).find((entry) => entry.key === key);
  if (!found) throw new Error(`no 2013 demo question ${key}`);
  return text ? { ...found, text } : found;
}

/** "Rauma's story now": open from the launch of the round to the end of the voices phase. */
export function liveSurvey(calendar: LiveCalendar): DemoSurvey {
  return {
    key: 'now',
    phaseKey: 'voices',
    title: { fi: 'Rauman tarina nyt', sv: 'Raumos berättelse nu', en: 'Rauma’s story now' },
    description: {
      fi: 'Rauman Tarina jatkuu. Mitä arvostat Raumassa nyt, ja miten tarinan pitäisi jatkua? Vastaaminen vie noin viisi minuuttia.',
      sv: 'Raumos berättelse fortsätter. Vad uppskattar du i Raumo nu, och hur borde berättelsen fortsätta? Att svara tar ungefär fem minuter.',
      en: 'Rauma’s Story continues. What do you value in Rauma now, and how should the story go on? Answering takes about five minutes.',
    },
    opensAt: calendar.at(LIVE_DAYS.launch, '09:00').toISOString(),
    closesAt: calendar.at(27, '23:59').toISOString(),
    resultsPublic: true,
    responses: 70,
    sections: [
      {
        title: { fi: 'Rauma nyt', sv: 'Raumo nu', en: 'Rauma now' },
        questions: [
          question2013('values', {
            fi: 'Mitä arvostat Raumassa nyt eniten?',
            sv: 'Vad uppskattar du mest i Raumo nu?',
            en: 'What do you value most in Rauma now?',
          }),
          question2013('livability'),
        ],
      },
      {
        title: { fi: 'Tarina jatkuu', sv: 'Berättelsen fortsätter', en: 'The story continues' },
        questions: [
          question2013('continue', {
            fi: 'Miten Rauman tarinan pitäisi jatkua seuraavina vuosina?',
            sv: 'Hur borde Raumos berättelse fortsätta under de kommande åren?',
            en: 'How should Rauma’s story continue in the coming years?',
          }),
          question2013('happen', {
            fi: 'Minkä tärkeän asian pitäisi tapahtua seuraavaksi?',
            sv: 'Vilken viktig sak borde hända härnäst?',
            en: 'What important thing should happen next?',
          }),
          question2013('themes'),
        ],
      },
      {
        title: { fi: 'Taustatiedot', sv: 'Bakgrundsuppgifter', en: 'About you' },
        questions: [question2013('age'), question2013('relation')],
      },
    ],
  };
}
