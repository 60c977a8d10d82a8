import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/database.ts';
import type { RealtimeHub, TopicListener } from './hub.ts';
import { TopicFanout } from './local-hub.ts';

/** The one PostgreSQL channel every app process listens on; the topic travels in the payload. */
export const NOTIFY_CHANNEL = 'tarina_realtime';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; ours are a topic and a version. */
const MAX_PAYLOAD_BYTES = 7900;

/** How the listening connection names itself in pg_stat_activity (operators and tests find it by this). */
export const LISTENER_APPLICATION_NAME = 'tarina-realtime';

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5000;

/**
 * Fan-out across app processes through LISTEN/NOTIFY. A dedicated client
 * (outside the pool, which would hand the connection to other queries) listens;
 * messages are sent with pg_notify through the ordinary pool. When the
 * listening connection drops it reconnects with backoff and announces a resync,
 * because notifications sent meanwhile are lost.
 */
export class PostgresHub implements RealtimeHub {
  private readonly fanout = new TopicFanout();
  private client: pg.Client | null = null;
  private closed = false;
  private delay = RECONNECT_MIN_MS;
  private timer: NodeJS.Timeout | null = null;
  private firstListen: Promise<void>;
  private resolveFirst: () => void = () => {};

  constructor(private readonly options: { url: string; db: Db; log?: ((message: string, error?: unknown) => void) | undefined }) {
    this.firstListen = new Promise((resolve) => {
      this.resolveFirst = resolve;
    });
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.url, application_name: LISTENER_APPLICATION_NAME });
    client.on('notification', (notification) => this.receive(notification.channel, notification.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.delay = RECONNECT_MIN_MS;
    // Whatever was sent before this LISTEN took effect is lost: rooms re-read the database.
    this.fanout.resync();
    this.resolveFirst();
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client === client) this.client = null;
    client.removeAllListeners('end');
    client.removeAllListeners('error');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.closed || this.timer) return;
    this.options.log?.('realtime listener lost; reconnecting', error);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.delay);
    this.delay = Math.min(this.delay * 2, RECONNECT_MAX_MS);
  }

  private receive(channel: string, payload: string | undefined): void {
    if (channel !== NOTIFY_CHANNEL || !payload) return;
    let parsed: { t?: unknown; m?: unknown };
    try {
      parsed = JSON.parse(payload) as { t?: unknown; m?: unknown };
    } catch {
      return;
    }
    if (typeof parsed.t === 'string' && typeof parsed.m === 'string') this.fanout.deliver(parsed.t, parsed.m);
  }

  /**
   * Sends the signal with NOTIFY. Signals of one topic are merged: while one is being sent, the next
   * waits, and every publish meanwhile joins that next one (the latest message is sent). A hall's
   * 6,000 dots then make a few dozen NOTIFYs, not 6,000 (each takes PostgreSQL's one notify lock at
   * commit), and each caller still knows its change was signalled after it happened.
   */
  publish(topic: string, message: string): Promise<void> {
    const payload = JSON.stringify({ t: topic, m: message });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      return Promise.reject(new Error(`realtime message on ${topic} is too long for NOTIFY`));
    }
    const next = this.nextOf.get(topic);
    if (next) {
      next.payload = payload;
      return next.sent;
    }
    const waiting: { payload: string; sent: Promise<void> } = { payload, sent: Promise.resolve() };
    const before = this.sendingOf.get(topic);
    waiting.sent = (async () => {
      await before?.catch(() => undefined);
      // From here on, a publish waits for this one and joins the one after it.
      if (this.nextOf.get(topic) === waiting) this.nextOf.delete(topic);
      const sending = sql`select pg_notify(${NOTIFY_CHANNEL}, ${waiting.payload})`.execute(this.options.db).then(() => undefined);
      this.sendingOf.set(topic, sending);
      try {
        await sending;
      } finally {
        if (this.sendingOf.get(topic) === sending) this.sendingOf.delete(topic);
      }
    })();
    this.nextOf.set(topic, waiting);
    return waiting.sent;
  }

  /** Per topic: the NOTIFY being sent, and the one that waits for it (which new publishes join). */
  private readonly sendingOf = new Map<string, Promise<void>>();
  private readonly nextOf = new Map<string, { payload: string; sent: Promise<void> }>();

  subscribe(topic: string, listener: TopicListener): () => void {
    return this.fanout.subscribe(topic, listener);
  }

  onResync(listener: () => void): () => void {
    return this.fanout.onResync(listener);
  }

  ready(): Promise<void> {
    return this.firstListen;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.resolveFirst();
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
