import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test SMTP server accepted, parsed, with the envelope recipients. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  parsed: ParsedMail;
}

/** A real SMTP server in the test process: mail sent by the app lands in `messages`. */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT`, for createMailer's smtpUrl. */
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message (already received or arriving) that matches; rejects after the timeout. */
  waitForMessage(match: (mail: ReceivedMail) => boolean, timeoutMilliseconds?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Starts an SMTP server on a free local port. It offers neither STARTTLS nor
 * AUTH, so nodemailer speaks plain SMTP to it without any extra options.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((address) => address.address);
          messages.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', parsed });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessage: (match, timeoutMilliseconds = 5_000) =>
      new Promise((resolve, reject) => {
        const look = () => {
          const found = messages.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(look);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`no matching mail within ${timeoutMilliseconds} ms (received ${messages.length})`));
        }, timeoutMilliseconds);
        waiters.add(look);
        look();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
