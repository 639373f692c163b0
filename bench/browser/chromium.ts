// Chromium for the browser measurements: the system's binary (context.chromiumPath) driven by
// Playwright, and the bench's signed-in session turned into cookies of a fresh browser context.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import type { BenchContext } from '../context';

/** Chromium refuses to start its sandbox as root (containers, CI); elsewhere it keeps it. */
export function sandboxFlags(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

export function launchChromium(context: Pick<BenchContext, 'chromiumPath'>): Promise<Browser> {
  return chromium.launch({ executablePath: context.chromiumPath, headless: true, args: sandboxFlags() });
}

export type BrowserCookie = { name: string; value: string; url: string };

/** `a=1; b=2` → one cookie per pair, valid for the base URL's origin. */
export function cookiesFromHeader(cookieHeader: string, baseUrl: string): BrowserCookie[] {
  const url = new URL(baseUrl).origin;
  return cookieHeader
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const separator = pair.indexOf('=');
      if (separator <= 0) throw new Error(`Not a cookie: "${pair}"`);
      return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url };
    });
}

/**
 * A new browser context (empty cache, no service worker, its own storage) with the session
 * cookie set. Requests to any other origin are aborted: the measurements run with tiles off and
 * never depend on the internet.
 */
export async function signedInContext(
  browser: Browser,
  context: Pick<BenchContext, 'baseUrl' | 'cookie'>,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const browserContext = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'de-DE',
  });
  await browserContext.addCookies(cookiesFromHeader(context.cookie, context.baseUrl));
  const origin = new URL(context.baseUrl).origin;
  await browserContext.route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => route.abort('blockedbyclient'),
  );
  return browserContext;
}
