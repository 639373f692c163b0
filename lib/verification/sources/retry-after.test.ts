import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after';

const now = new Date('2026-12-06T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and an HTTP date, from now', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Sun, 06 Dec 2026 10:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter('Sun, 06 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('caps a wait at a week and ignores what is neither', () => {
    expect(parseRetryAfter('99999999', now)).toBe(7 * 24 * 60 * 60);
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('2.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
