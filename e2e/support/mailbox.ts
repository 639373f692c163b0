// Reads the mails the app sent during a browser test from the SMTP catcher's HTTP API
// (tests/support/smtp-catcher-server.ts, started by playwright.config.ts).
export type ReceivedMail = { to: string[]; subject: string; text: string; receivedAt: string };

function mailApiUrl() {
  const url = process.env.MAIL_API_URL;
  if (!url) throw new Error('MAIL_API_URL is not set: run the browser tests with `npm run test:e2e`.');
  return url;
}

export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`${mailApiUrl()}/messages?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`Mail catcher answered ${response.status}`);
  return (await response.json()) as ReceivedMail[];
}

/**
 * The newest mail to `address`, polling until one arrives. With `subject`, only a mail whose
 * subject contains it counts (one address may get several kinds of mail).
 */
export async function waitForMail(
  address: string,
  { timeoutMs = 15_000, subject }: { timeoutMs?: number; subject?: string | RegExp } = {},
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(address)).find((mail) =>
      subject === undefined
        ? true
        : typeof subject === 'string'
          ? mail.subject.includes(subject)
          : subject.test(mail.subject),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The path of the first link in a mail that starts with `pathPrefix`, e.g. '/invite/' → '/invite/abc…'. */
export function linkPath(mail: ReceivedMail, pathPrefix: string): string {
  for (const candidate of mail.text.match(/https?:\/\/\S+/g) ?? []) {
    const url = new URL(candidate);
    if (url.pathname.startsWith(pathPrefix)) return url.pathname;
  }
  throw new Error(`No ${pathPrefix}… link in the mail "${mail.subject}":\n${mail.text}`);
}
