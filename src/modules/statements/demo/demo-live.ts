/**
 * The live round's statements channel: a new question over statements of the
 * 2013 demo channel that still matter, and two written by participants (one
 * published, one waiting for a moderator).
 */
import { DEMO_STATEMENTS, type DemoStatement } from './demo-statements.ts';

/** The live channel's question in the three languages. */
export const LIVE_QUESTION = {
  fi: 'Mihin Rauman pitäisi panostaa seuraavaksi?',
  sv: 'Vad borde Raumo satsa på härnäst?',
  en: 'What should Rauma invest in next?',
};

/** Positions in the 2013 list of the statements the live round asks again. */
const ASKED_AGAIN = [0, 1, 3, 5, 6, 7, 9, 11, 12, 13, 16, 18, 19, 21, 24, 27, 31, 33, 35, 36, 38];

/** The organiser's statements of the live round. */
export const LIVE_STATEMENTS: DemoStatement[] = ASKED_AGAIN.map((index) => {
  const statement = DEMO_STATEMENTS[index];
  if (!statement) throw new Error(`no 2013 demo statement at ${index}`);
  return statement;
});

/** Statements participants of the live round wrote: the first is published and voted on, the second waits for review. */
export const LIVE_PARTICIPANT_STATEMENTS: Array<DemoStatement & { status: 'published' | 'pending' }> = [
  { text: 'Vanhan Rauman kesäkahviloille on annettava lisää tilaa kaduilla.', language: 'fi', status: 'published', lean: [1, 1, 0] },
  { text: 'Koulujen pihat on avattava iltaisin kaikkien käyttöön.', language: 'fi', status: 'pending', lean: [0, 1, 1] },
];
