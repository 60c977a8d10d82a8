import { setLock } from '../commands/set-lock.ts';
import { lockSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Locks the room to newcomers, or opens it. */
export const setLockAction = facilitatorAction({
  name: 'workshops.room.lock',
  summary: 'Locks the room, or opens it with locked false',
  segment: 'lock',
  schema: lockSchema,
  api: { method: 'POST', url: '/workshops/:id/lock' },
  anchor: () => 'room-controls',
  run: ({ context, workshop, input, now }) => setLock(context.db, workshop, input.locked, now),
});
