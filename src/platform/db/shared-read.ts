import type { Db } from './database.ts';

/** The reads now running or ended in this turn, per database handle, by key. */
const running = new WeakMap<Db, Map<string, Promise<unknown>>>();

/**
 * Runs `read` unless the same read (same database, same key) is already running, or ended in this
 * turn of the event loop, in which case the caller gets that one's answer. A rush of identical
 * requests (2,000 registrations for one event, a hall's dots) then reads the event once per round
 * trip instead of once per request; on SQLite, whose reads end at once, the requests that arrived
 * together (read in the same turn) share one. Nothing is kept longer: the next caller reads afresh,
 * so an answer is at most one read's time, or one turn, older than its caller's arrival. Only for
 * reads outside a transaction whose answer a locked step checks again where it matters (the seats,
 * the registration window), and whose answer no caller changes: every caller gets the same object.
 * The key must hold the organisation and everything the read depends on.
 */
export function sharedRead<T>(db: Db, key: string, read: () => Promise<T>): Promise<T> {
  let reads = running.get(db);
  if (!reads) {
    reads = new Map();
    running.set(db, reads);
  }
  const current = reads.get(key);
  if (current) return current as Promise<T>;
  const started = read();
  const table = reads;
  table.set(key, started);
  const forget = () => {
    if (table.get(key) === started) table.delete(key);
  };
  let settled = false;
  let turnEnded = false;
  setImmediate(() => {
    turnEnded = true;
    if (settled) forget();
  });
  started.then(() => {
    settled = true;
    if (turnEnded) forget();
  }, forget);
  return started;
}
