import http from 'node:http';
import type { Socket } from 'node:net';
import type { Translator } from '../i18n/translator.ts';
import { errorTitleKey, problemType } from './problems.ts';

const KINDS: Record<string, { status: number; code: string; key: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers-too-large', key: 'platform.error.headersTooLarge' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'timeout', key: 'platform.error.timeout' },
};
const MALFORMED = { status: 400, code: 'bad-request', key: 'platform.error.badRequest' };

/**
 * Answers a request that Node's HTTP parser refused before Fastify saw it (headers too
 * large, a timeout, a malformed request line) with problem+json like every other error,
 * instead of Fastify's own JSON. Its headers were never read, so the language is the default.
 */
export function answerClientError(translator: Translator) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const kind = (error.code && KINDS[error.code]) || MALFORMED;
    const locale = 'fi';
    const body = JSON.stringify({
      type: problemType(kind.code),
      title: translator.t(locale, errorTitleKey(kind.status)),
      status: kind.status,
      detail: translator.t(locale, kind.key),
    });
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${kind.status} ${http.STATUS_CODES[kind.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
          `Content-Language: ${locale}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  };
}
