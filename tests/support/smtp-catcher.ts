// A real SMTP server on 127.0.0.1 that keeps every mail it receives in memory, so tests can read
// the links the app sends (invitations, password resets) without a mail provider.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type CaughtMail = {
  /** Envelope recipients, lower-case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** The HTML part, when the mail has one. */
  html: string | null;
  /** Files sent with the mail. */
  attachments: { filename: string | null; contentType: string; content: Buffer }[];
  /** The List-Unsubscribe header as sent (e.g. `<https://…>`), when there is one. */
  listUnsubscribe: string | null;
  receivedAt: Date;
};

export type SmtpCatcher = {
  /** For SMTP_URL. */
  url: string;
  port: number;
  /** Every mail received so far, oldest first. */
  messages: CaughtMail[];
  /** Mails to this address, newest first. */
  messagesTo(address: string): CaughtMail[];
  /** The newest mail to `address`, waiting for one if none has arrived yet. */
  waitForMail(address: string, options?: { timeoutMs?: number }): Promise<CaughtMail>;
  stop(): Promise<void>;
};

export async function startSmtpCatcher(options: { port?: number } = {}): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    // Plain SMTP without login: nodemailer would otherwise try STARTTLS with our self-signed certificate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    // Open connections do not hold up stop() for smtp-server's default 30 s.
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            attachments: parsed.attachments.map((attachment) => ({
              filename: attachment.filename ?? null,
              contentType: attachment.contentType,
              content: attachment.content,
            })),
            listUnsubscribe:
              parsed.headerLines
                .find((header) => header.key === 'list-unsubscribe')
                ?.line.replace(/^[^:]*:\s*/, '') ?? null,
            receivedAt: new Date(),
          });
          // Stored before the sender hears "250 OK": once sendMail resolves, the mail is here.
          callback();
          for (const wake of waiters) wake();
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => console.error(`SMTP catcher: ${error.message}`));
  const { port } = server.server.address() as AddressInfo;

  function messagesTo(address: string) {
    const wanted = address.toLowerCase();
    return messages.filter((mail) => mail.to.includes(wanted)).reverse();
  }

  function waitForMail(address: string, { timeoutMs = 10_000 } = {}) {
    return new Promise<CaughtMail>((resolve, reject) => {
      const check = () => {
        const [newest] = messagesTo(address);
        if (!newest) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(newest);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`No mail to ${address} within ${timeoutMs} ms (${messages.length} caught in all)`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    messagesTo,
    waitForMail,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text whose path starts with `pathPrefix`, e.g. '/invite/'. */
export function findLink(text: string, pathPrefix: string) {
  for (const candidate of text.match(/https?:\/\/\S+/g) ?? []) {
    const url = new URL(candidate);
    if (url.pathname.startsWith(pathPrefix)) return url;
  }
  return null;
}
