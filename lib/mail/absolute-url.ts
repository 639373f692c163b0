import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { appOriginOf } from '@/lib/security/app-address';
import { lastOpenedOrigin } from '@/lib/security/opened-origin';

/** The current request's headers; null outside a request (headers() then throws at once). */
async function requestHeadersIfAny() {
  try {
    return await headers();
  } catch {
    return null;
  }
}

/**
 * The public address of the app for links in mails and feeds: NEXTAUTH_URL when it is set; else
 * the address the current request came in on (so an invitation sent from a phone in the shop's
 * Wi-Fi links to the address that phone used); outside a request (the job queue's reminders) the
 * address people last opened the app at; before any, localhost.
 */
async function publicOrigin() {
  const config = env();
  if (config.NEXTAUTH_URL) return new URL(config.NEXTAUTH_URL).origin;
  const requestHeaders = await requestHeadersIfAny();
  const fromRequest = requestHeaders && appOriginOf(undefined, requestHeaders, config.TRUST_PROXY);
  return fromRequest ?? lastOpenedOrigin() ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/** `path` as an absolute link to this app (see publicOrigin). */
export async function absoluteUrl(path: string) {
  return new URL(path, await publicOrigin()).toString();
}
