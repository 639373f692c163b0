// An address the owner pastes into "Einbetten erlaubt für", read as the origin of the page that may
// frame the locator (scheme://host[:port]). Pure, without server-only: the schema, the settings
// form's action and the tests read it alike.

export type EmbedOriginReading =
  | {
      ok: true;
      origin: string;
      /** The text said more than an origin (a path, a query, no scheme), which was left out or added. */
      adjusted: boolean;
    }
  | { ok: false; problem: 'invalid' | 'httpsOnly' };

/** http is only for a test page on the same machine. */
const localHosts = new Set(['localhost', '127.0.0.1']);

// A name of the public DNS (IDNs arrive as punycode from URL); no wildcard, no bare word.
const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** The longest text read as an address; anything longer is no address. */
export const maxEmbedOriginLength = 2_000;

export function readEmbedOrigin(text: string): EmbedOriginReading {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > maxEmbedOriginLength || /\s/.test(trimmed)) {
    return { ok: false, problem: 'invalid' };
  }
  // "www.example.de" means the site's https address.
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, problem: 'invalid' };
  const host = url.hostname;
  if (!localHosts.has(host) && !domainPattern.test(host)) return { ok: false, problem: 'invalid' };
  if (url.protocol === 'http:' && !localHosts.has(host)) return { ok: false, problem: 'httpsOnly' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'httpsOnly' };
  const origin = url.origin;
  // A trailing slash or capitals are the same origin; a path, a query or an added scheme are not
  // what was typed, and the form says so.
  const adjusted = !hasScheme || trimmed.replace(/\/$/, '').toLowerCase() !== origin.toLowerCase();
  return { ok: true, origin, adjusted };
}

/** The lines of the form's text area, blank ones included, so that an error names the right line. */
export function embedOriginLines(text: unknown): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  return text.split(/\r\n|\r|\n/);
}

export type AdjustedEmbedOrigin = { line: number; from: string; to: string };

/** The lines that were read as something else than typed (a path left out, https added), to say so. */
export function adjustedEmbedOrigins(lines: readonly string[]): AdjustedEmbedOrigin[] {
  return lines.flatMap((text, index) => {
    const reading = readEmbedOrigin(text);
    return reading.ok && reading.adjusted ? [{ line: index + 1, from: text.trim(), to: reading.origin }] : [];
  });
}
