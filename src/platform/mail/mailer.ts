import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** An e-mail to send; text is required so every message reads without HTML. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
  /** Extra header lines (a mailing's `List-Unsubscribe` and `List-Unsubscribe-Post`, RFC 8058). */
  headers?: Record<string, string>;
}

/** Sends mail over SMTP, or writes it to a file when no SMTP server is configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** What the mailer tells the log; never an address, a subject or a body. */
export type MailLog = (details: Record<string, unknown>, message: string) => void;

/**
 * Builds the mailer from SMTP_URL (smtp://user:pass@host:port). Without one,
 * each mail is written as an .eml file (which any mail program opens) into
 * `mailDir`, and the log says only that a mail was written and where: the
 * file holds the personal data, readable by this user only.
 */
export function createMailer(options: { smtpUrl: string | null; from: string; log: MailLog; mailDir?: string }): Mailer {
  if (!options.smtpUrl) return fileMailer(options.from, options.mailDir ?? path.join('data', 'mail'), options.log);
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}

function fileMailer(from: string, mailDir: string, log: MailLog): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(message) {
      const { message: raw } = await transport.sendMail({ from, ...message });
      await mkdir(mailDir, { recursive: true, mode: 0o700 });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(mailDir, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, raw as Buffer, { mode: 0o600 });
      log({ file }, 'mail written to a file (no SMTP_URL set)');
    },
    close: () => transport.close(),
  };
}
