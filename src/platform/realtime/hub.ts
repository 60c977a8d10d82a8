import type { DatabaseTarget } from '../config.ts';
import type { Db, Dialect } from '../db/database.ts';
import { LocalHub } from './local-hub.ts';
import { PostgresHub } from './postgres-hub.ts';

/** Receives the messages published on a topic. */
export type TopicListener = (message: string) => void;

/**
 * Fans small messages out to every app process: "this room changed, version N".
 * Messages are signals, not data; rooms re-read the database, so a message
 * that is lost only delays an update until the next one or a resync.
 */
export interface RealtimeHub {
  /** Sends a message to every subscriber of the topic in every app process. */
  publish(topic: string, message: string): Promise<void>;
  /** Listens to a topic; returns the function that stops listening. */
  subscribe(topic: string, listener: TopicListener): () => void;
  /** Called after the transport reconnected, when messages may have been missed. */
  onResync(listener: () => void): () => void;
  /** Resolves once the hub receives messages (immediately in one process). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** What a hub needs: the database it runs beside and where to log trouble. */
export interface HubOptions {
  dialect: Dialect;
  target: DatabaseTarget;
  db: Db;
  log?: (message: string, error?: unknown) => void;
}

/**
 * The hub for the engine in use: in-process on SQLite (one process owns the
 * file), LISTEN/NOTIFY on PostgreSQL so several app processes share rooms.
 */
export function createRealtimeHub(options: HubOptions): RealtimeHub {
  if (options.dialect === 'postgres' && options.target.kind === 'postgres') {
    return new PostgresHub({ url: options.target.url, db: options.db, log: options.log });
  }
  return new LocalHub();
}
