import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

/** A file sent with a mail (the monthly report's PDF). */
export type MailAttachment = { filename: string; content: Buffer; contentType: string };

/** `html`: an HTML alternative to the text (the text stays the mail's plain part). */
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Where the recipient stops mails of this kind: sent as List-Unsubscribe, which mail apps offer as a button. */
  unsubscribeUrl?: string;
};

let transporter: Transporter | undefined;

/**
 * Sends a mail through SMTP_URL. Without SMTP the mail is written to the server log instead,
 * and the caller learns it was not delivered (so it can show the link to the acting admin).
 */
export async function sendMail(mail: OutgoingMail): Promise<{ delivered: boolean }> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.info(
      `[mail not sent: SMTP_URL is not set]\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`,
    );
    return { delivered: false };
  }
  transporter ??= nodemailer.createTransport(SMTP_URL);
  await transporter.sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
  });
  return { delivered: true };
}
