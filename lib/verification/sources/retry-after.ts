// Retry-After, as every source reads it: delta-seconds or an HTTP date (RFC 9110 10.2.3), capped at
// a week so a hostile server cannot park a task for ever.

const maxRetryAfterSeconds = 7 * 24 * 60 * 60;

/** Retry-After in seconds, as delta-seconds or an HTTP date (RFC 9110 10.2.3); undefined if neither. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text), maxRetryAfterSeconds);
  const date = Date.parse(text);
  // Date.parse takes "-1" or "2.5" for years; an HTTP date has a weekday and a month name.
  if (!/[a-z]/i.test(text) || Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, Math.ceil((date - now.getTime()) / 1000)), maxRetryAfterSeconds);
}
