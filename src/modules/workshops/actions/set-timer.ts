import { setTimer } from '../commands/set-timer.ts';
import { timerSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Starts a timer for everyone, or stops it. */
export const setTimerAction = facilitatorAction({
  name: 'workshops.timer.set',
  summary: 'Starts a timer of some minutes for everyone, or stops it with minutes null',
  segment: 'timer',
  schema: timerSchema,
  api: { method: 'POST', url: '/workshops/:id/timer' },
  anchor: () => 'room-controls',
  run: ({ context, workshop, input, now }) => setTimer(context.db, workshop, input.minutes, now),
});
