import { after, before } from 'node:test';
import type { Clock } from '../clock.ts';
import { createMailer } from '../mail/mailer.ts';
import { type AudienceCast, audienceCast } from './people.ts';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import type { TestClient } from './test-client.ts';

/** What a channel's audience test works with: the demo app, its admin, the cast of people, and the demo's units and bodies by key. */
export interface AudienceWorld {
  test: TestApp;
  admin: TestClient;
  cast: AudienceCast;
  units: Record<string, string>;
  bodies: Record<string, string>;
  /** The real SMTP server the app mails to (with `smtp: true`); otherwise mail goes nowhere. */
  smtp: TestSmtpServer;
}

/**
 * Sets up the world of a channel's audience test in the calling `describe`: before its tests the
 * demo app (on the engine the suite runs), the admin's client and the audience cast (accounts
 * named with `prefix`, placed in units and seated in bodies); after them everything is closed.
 * The answer's fields are filled in `before`, so read them inside the tests, not when declaring them.
 */
export function audienceWorld(prefix: string, options: { clock?: Clock; smtp?: boolean } = {}): AudienceWorld {
  const world = {} as AudienceWorld;
  before(async () => {
    const smtp = options.smtp ? await startTestSmtpServer() : undefined;
    const mailer = smtp ? createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} }) : undefined;
    const test = await startTestApp({ demo: true, ...(options.clock ? { clock: options.clock } : {}), ...(mailer ? { mailer } : {}) });
    Object.assign(world, {
      test,
      admin: await test.adminClient(),
      cast: await audienceCast(test, prefix),
      units: test.demo.unitIds as Record<string, string>,
      bodies: test.demo.bodyIds as Record<string, string>,
      ...(smtp ? { smtp } : {}),
    });
  });
  after(async () => {
    await world.test?.close();
    await world.smtp?.close();
  });
  return world;
}
