import WebSocket from 'ws';
import { applyJsonDelta } from '../../../platform/realtime/json-delta.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';

/**
 * A message from a live room: `snapshot`, the whole shared view of the
 * viewer's class; `delta`, the change from the shared part the client holds
 * (`base`) to a new one (`part`); `mine`, the viewer's own part; `current`,
 * nothing missed.
 */
export interface LiveMessage {
  type: 'snapshot' | 'delta' | 'mine' | 'current';
  version: number;
  part?: number;
  base?: number;
  /**
   * The whole shared view: as sent in a snapshot; for a delta, the view the
   * client holds after applying it (as `public/workshops/live.js` does).
   */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the view holds
  data?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  delta?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  mine?: any;
}

/** A WebSocket client of a live room that keeps every message, for tests. */
export interface LiveClient {
  messages: LiveMessage[];
  /** Every message as the bytes (UTF-8 text) it came in, in the same order as `messages`. */
  raw: string[];
  /** Resolves with the first message (already received or coming) that matches. */
  waitFor(predicate: (message: LiveMessage) => boolean, timeoutMs?: number): Promise<LiveMessage>;
  close(): Promise<void>;
  socket: WebSocket;
}

/**
 * The cookie header a TestClient would send. TestClient keeps its cookies to
 * itself (it is the platform's), so the live tests read them the one way they
 * can: the WebSocket handshake must carry the same session or participant cookie.
 */
export function cookieOf(client: TestClient): string {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** Opens a live room as `client` (with its cookies); rejects with the HTTP status when refused. */
export function openLive(
  baseUrl: string,
  path: string,
  client: TestClient | null,
  headers: Record<string, string> = {},
): Promise<LiveClient> {
  const url = new URL(path, baseUrl);
  url.protocol = 'ws:';
  const socket = new WebSocket(url, { headers: { ...(client ? { cookie: cookieOf(client) } : {}), ...headers } });
  const messages: LiveMessage[] = [];
  const raw: string[] = [];
  let held: { part: number; data: unknown } | null = null;
  const waiters: Array<{ predicate: (message: LiveMessage) => boolean; resolve: (message: LiveMessage) => void }> = [];
  socket.on('message', (data) => {
    raw.push(String(data));
    const message = JSON.parse(String(data)) as LiveMessage;
    if (message.type === 'snapshot') held = { part: message.part as number, data: structuredClone(message.data) };
    else if (message.type === 'delta') {
      if (!held || held.part !== message.base) throw new Error(`a delta from part ${message.base}, but the client holds ${held?.part}`);
      held = { part: message.part as number, data: applyJsonDelta(structuredClone(held.data), message.delta) };
      message.data = structuredClone(held.data);
    }
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  return new Promise((resolve, reject) => {
    socket.on('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
    socket.on('error', reject);
    socket.on('open', () =>
      resolve({
        socket,
        messages,
        raw,
        waitFor(predicate, timeoutMs = 5000) {
          const found = messages.find(predicate);
          if (found) return Promise.resolve(found);
          return new Promise((resolveWait, rejectWait) => {
            const timer = setTimeout(
              () =>
                rejectWait(new Error(`no matching live message in ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => m.type))}`)),
              timeoutMs,
            );
            waiters.push({
              predicate,
              resolve: (message) => {
                clearTimeout(timer);
                resolveWait(message);
              },
            });
          });
        },
        close: () =>
          new Promise((resolveClose) => {
            if (socket.readyState === WebSocket.CLOSED) return resolveClose();
            socket.once('close', () => resolveClose());
            socket.close();
          }),
      }),
    );
  });
}

/** Whether a message carries the shared view (whole or as a delta: `data` is the whole view either way). */
export function isShared(message: LiveMessage): boolean {
  return message.type === 'snapshot' || message.type === 'delta';
}

/** Every note text on the walls of a live view. */
// biome-ignore lint/suspicious/noExplicitAny: walks the view's walls generically
export function noteTexts(data: any): string[] {
  const texts: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const visit = (note: any) => {
    texts.push(note.text);
    for (const duplicate of note.duplicates) visit(duplicate);
  };
  for (const wall of data?.walls ?? []) {
    for (const cluster of wall.clusters) for (const note of cluster.notes) visit(note);
    for (const note of wall.notes) visit(note);
  }
  return texts;
}

/** A note as the live view sends it (the fields the tests read). */
export interface LiveNote {
  id: string;
  text: string;
  votes: number;
  myVotes: number;
}

/** The loose notes (outside clusters) of the first wall of a live view. */
// biome-ignore lint/suspicious/noExplicitAny: tests read whatever the view holds
export function wallNotes(data: any): LiveNote[] {
  return (data?.walls?.[0]?.notes ?? []) as LiveNote[];
}
