import { afterEach, describe, expect, it, vi } from 'vitest';

// next-auth names and flags its cookies from authOptions().useSecureCookies with defaultCookies(),
// which its package does not export: imported by path. env() reads NEXTAUTH_URL once per module
// instance, so each case imports fresh modules.
async function sessionCookieFor(appUrl: string) {
  process.env.NEXTAUTH_URL = appUrl;
  vi.resetModules();
  const { authOptions } = await import('@/lib/auth/auth-options');
  const { defaultCookies } = await import('../../node_modules/next-auth/core/lib/cookie');
  return defaultCookies(authOptions().useSecureCookies ?? false).sessionToken;
}

const originalAppUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = originalAppUrl;
  vi.resetModules();
});

describe('the session cookie', () => {
  it('is Secure and __Secure- prefixed when the app is served over HTTPS', async () => {
    const cookie = await sessionCookieFor('https://ortsbild.example');
    expect(cookie.name).toBe('__Secure-next-auth.session-token');
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
  });

  it('is neither over plain http (localhost), and always HttpOnly, SameSite=Lax, Path=/', async () => {
    const cookie = await sessionCookieFor('http://localhost:3000');
    expect(cookie.name).toBe('next-auth.session-token');
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false });
  });
});
