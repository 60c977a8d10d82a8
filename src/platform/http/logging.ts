import type { FastifyRequest } from 'fastify';

/** What stands in a log line for an e-mail address. */
export const REDACTED_ADDRESS = '[address]';

// Also percent-encoded (%40), as in a raw URL.
const EMAIL_ADDRESS = /[^\s<>()"',;:@/?&=]+(?:@|%40)[^\s<>()"',;:@/?&=]+\.[^\s<>()"',;:@/?&=]+/gi;

/** The text with every e-mail address replaced: log lines carry no addresses. */
export function redactAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, REDACTED_ADDRESS);
}

/**
 * A request as its log line shows it: the path without its query (searches may
 * hold names or addresses), and the route's pattern instead of the path where a
 * parameter is a token (a password reset, a registration or invitation link is a
 * key to someone's data).
 */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  const pattern = request.routeOptions?.url;
  const path = request.url.split('?')[0] ?? '';
  return {
    method: request.method,
    url: pattern && /:\w*token/i.test(pattern) ? pattern : redactAddresses(path),
    host: request.host,
    remoteAddress: request.ip,
  };
}

const KEPT_ERROR_FIELDS = ['code', 'statusCode', 'responseCode', 'constraint'] as const;

/**
 * An error as its log line shows it: type, message, stack and a few codes, with
 * addresses redacted. Everything else is left out: a database error's detail
 * holds the row's values and a mail error its recipients.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactAddresses(String(error)) };
  const shown: Record<string, unknown> = {
    type: error.constructor.name,
    message: redactAddresses(error.message),
    stack: error.stack ? redactAddresses(error.stack) : undefined,
  };
  for (const field of KEPT_ERROR_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') shown[field] = value;
  }
  if (error.cause !== undefined) shown.cause = serializeError(error.cause);
  return shown;
}

/**
 * Fastify's logger settings: JSON lines (for a log collector) unless stdout is a
 * terminal, where pino-pretty prints readable, coloured lines instead.
 */
export async function loggerOptions(level: string, output: { isTTY?: boolean } = process.stdout): Promise<Record<string, unknown>> {
  const options = { level, serializers: { req: serializeRequest, err: serializeError } };
  if (!output.isTTY) return options;
  const { default: pretty } = await import('pino-pretty');
  return { ...options, stream: pretty({ colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }) };
}
