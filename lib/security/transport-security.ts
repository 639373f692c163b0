// HTTPS detection for Strict-Transport-Security: browsers remember to use only HTTPS for a year,
// sent only when the app is actually reached over HTTPS (an HSTS header over http is ignored anyway,
// but a deployment on plain http must not claim it).

import { trustedForwardedValue } from './app-address';

export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export type TransportInput = {
  /** NEXTAUTH_URL: the address users reach the app at; undefined when not configured. */
  appUrl: string | undefined;
  /** TRUST_PROXY: how many reverse proxies stand in front of the app. */
  trustProxy: number;
  /** The X-Forwarded-Proto header, null when absent. */
  forwardedProto: string | null;
};

/**
 * HTTPS when NEXTAUTH_URL is https, or behind a trusted proxy that says the client used https
 * (the entry the outermost trusted proxy wrote; a client's own value counts only without a proxy,
 * which is never).
 */
export function isServedOverHttps({ appUrl, trustProxy, forwardedProto }: TransportInput) {
  if (appUrl && new URL(appUrl).protocol === 'https:') return true;
  return trustedForwardedValue(forwardedProto, trustProxy)?.toLowerCase() === 'https';
}
