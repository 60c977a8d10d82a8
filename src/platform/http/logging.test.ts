import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { loggerOptions, serializeError, serializeRequest } from './logging.ts';

function request(url: string, pattern: string): FastifyRequest {
  return { method: 'GET', url, host: 'localhost', ip: '127.0.0.1', routeOptions: { url: pattern } } as unknown as FastifyRequest;
}

test('a request is logged without its query, and a token in its path shows as the route pattern', () => {
  assert.equal(serializeRequest(request('/fi/password-reset?email=a%40b.fi', '/fi/password-reset')).url, '/fi/password-reset');
  assert.equal(serializeRequest(request('/fi/password-reset/s3cret', '/fi/password-reset/:token')).url, '/fi/password-reset/:token');
  assert.equal(
    serializeRequest(request('/sv/events/e1/invitations/s3cret', '/sv/events/:id/invitations/:token')).url,
    '/sv/events/:id/invitations/:token',
  );
  assert.equal(serializeRequest(request('/fi/processes/strategia', '/fi/processes/:slug')).url, '/fi/processes/strategia');
  assert.equal(serializeRequest(request('/fi/people/a@b.fi', '/fi/people/:id')).url, '/fi/people/[address]');
  assert.equal(serializeRequest(request('/fi/people/a%40b.fi/edit', '/fi/people/:id/edit')).url, '/fi/people/[address]/edit');
});

test('an error is logged without the values a database or mail error carries, and without addresses', () => {
  const database = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
    code: '23505',
    constraint: 'users_email_key',
    detail: 'Key (email)=(someone@example.fi) already exists.',
  });
  const shown = serializeError(database);
  assert.equal(shown.code, '23505');
  assert.equal(shown.constraint, 'users_email_key');
  assert.equal(JSON.stringify(shown).includes('someone@example.fi'), false);

  const mail = Object.assign(new Error('Can’t send mail - all recipients were rejected: 550 <someone@example.fi> unknown'), {
    responseCode: 550,
    rejected: ['someone@example.fi'],
  });
  const shownMail = serializeError(new Error('sending failed', { cause: mail }));
  assert.equal((shownMail.cause as Record<string, unknown>).responseCode, 550);
  assert.match(String((shownMail.cause as Record<string, unknown>).message), /<\[address\]> unknown/);
  assert.equal(JSON.stringify(shownMail).includes('@'), false);
});

test('logs are readable lines in a terminal and JSON elsewhere', async () => {
  const terminal = await loggerOptions('info', { isTTY: true });
  assert.ok(terminal.stream, 'pino-pretty in a terminal');
  const piped = await loggerOptions('info', { isTTY: false });
  assert.equal(piped.stream, undefined, 'JSON lines to stdout otherwise');
  assert.equal(piped.level, 'info');
});
