import { describe, expect, it } from 'vitest';
import { isServedOverHttps } from './transport-security';

describe('isServedOverHttps', () => {
  it('is true when NEXTAUTH_URL is https', () => {
    expect(
      isServedOverHttps({ appUrl: 'https://ortsbild.example', trustProxy: 0, forwardedProto: null }),
    ).toBe(true);
  });

  it('ignores X-Forwarded-Proto without a trusted proxy: a client could have sent it', () => {
    expect(
      isServedOverHttps({ appUrl: 'http://localhost:3000', trustProxy: 0, forwardedProto: 'https' }),
    ).toBe(false);
  });

  it('believes the outermost trusted proxy', () => {
    const behindOne = { appUrl: 'http://app.internal:3000', trustProxy: 1 };
    expect(isServedOverHttps({ ...behindOne, forwardedProto: 'https' })).toBe(true);
    expect(isServedOverHttps({ ...behindOne, forwardedProto: 'HTTPS' })).toBe(true);
    expect(isServedOverHttps({ ...behindOne, forwardedProto: 'http' })).toBe(false);
    expect(isServedOverHttps({ ...behindOne, forwardedProto: 'https, http' })).toBe(false);
    expect(isServedOverHttps({ ...behindOne, forwardedProto: null })).toBe(false);
    expect(
      isServedOverHttps({ appUrl: 'http://app.internal', trustProxy: 2, forwardedProto: 'https, http' }),
    ).toBe(true);
  });
});
