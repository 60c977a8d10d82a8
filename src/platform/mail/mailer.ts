import nodemailer from 'nodemailer';

/** An e-mail to send; text is required so every message reads without HTML. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

/** Sends mail over SMTP, or writes it to the log when no SMTP server is configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Builds the mailer from SMTP_URL (smtp://user:pass@host:port); without one, mail goes to the log. */
export function createMailer(options: {
  smtpUrl: string | null;
  from: string;
  log: (details: Record<string, unknown>, message: string) => void;
}): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(message) {
        options.log({ mail: { to: message.to, subject: message.subject, text: message.text } }, 'mail (no SMTP_URL set)');
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}
