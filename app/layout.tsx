import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f6a78' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: Next.js puts the CSP nonce of the request (proxy.ts)
  // on its scripts only while rendering, and a page built ahead would carry none.
  await connection();
  const locale = await getLocale();
  // Client components get every namespace except the mail texts, which only the server sends,
  // the platforms' reasons per kind of business, which only server pages show, and the public
  // locator's, which renders without React (lib/publishing/locator).
  const {
    mail: _mail,
    platformReasons: _platformReasons,
    publicLocator: _publicLocator,
    ...clientMessages
  } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
