import { describe, expect, it } from 'vitest';
import { allowedRequestOrigins, isRequestOriginAllowed, isSessionCookieName } from './request-origin';

const app = ['https://ortsbild.example'];
const browserPost = {
  method: 'POST',
  origin: 'https://ortsbild.example',
  hasSessionCookie: true,
  authenticatesWithApiToken: async () => false,
};
const validToken = async () => true;

describe('isRequestOriginAllowed', () => {
  it('lets reads through whatever their origin', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(
        await isRequestOriginAllowed({ ...browserPost, method, origin: 'https://evil.example' }, app),
      ).toBe(true);
    }
  });

  it("accepts a state change from the app's own origin", async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(await isRequestOriginAllowed({ ...browserPost, method }, app)).toBe(true);
    }
  });

  it('refuses a state change from any other origin, also with an API token or without a session', async () => {
    for (const origin of [
      'https://evil.example',
      'http://ortsbild.example',
      'https://ortsbild.example:8443',
      'null',
    ]) {
      expect(await isRequestOriginAllowed({ ...browserPost, origin }, app)).toBe(false);
      expect(
        await isRequestOriginAllowed({ ...browserPost, origin, authenticatesWithApiToken: validToken }, app),
      ).toBe(false);
      expect(await isRequestOriginAllowed({ ...browserPost, origin, hasSessionCookie: false }, app)).toBe(
        false,
      );
    }
  });

  it('without Origin and with the session cookie, asks whether a valid API token authenticates the request', async () => {
    const asked: string[] = [];
    const tokenCheck = (valid: boolean) => async () => {
      asked.push(String(valid));
      return valid;
    };
    // "Authorization: Bearer x" with no valid token behind it is no script's request: refused.
    expect(
      await isRequestOriginAllowed(
        { ...browserPost, origin: null, authenticatesWithApiToken: tokenCheck(false) },
        app,
      ),
    ).toBe(false);
    expect(
      await isRequestOriginAllowed(
        { ...browserPost, origin: null, authenticatesWithApiToken: tokenCheck(true) },
        app,
      ),
    ).toBe(true);
    // With an Origin, or without the cookie, the token does not decide and is not looked up.
    await isRequestOriginAllowed({ ...browserPost, authenticatesWithApiToken: tokenCheck(true) }, app);
    await isRequestOriginAllowed(
      { ...browserPost, origin: null, hasSessionCookie: false, authenticatesWithApiToken: tokenCheck(true) },
      app,
    );
    expect(asked).toEqual(['false', 'true']);
  });

  it('without Origin, refuses a request that carries the session cookie and no API token', async () => {
    expect(await isRequestOriginAllowed({ ...browserPost, origin: null }, app)).toBe(false);
    expect(
      await isRequestOriginAllowed(
        { ...browserPost, origin: null, authenticatesWithApiToken: validToken },
        app,
      ),
    ).toBe(true);
    expect(await isRequestOriginAllowed({ ...browserPost, origin: null, hasSessionCookie: false }, app)).toBe(
      true,
    );
  });
});

describe('allowedRequestOrigins', () => {
  it("is NEXTAUTH_URL's origin in production, whatever Host the request names", () => {
    const origins = allowedRequestOrigins({
      appUrl: 'https://ortsbild.example/some/path',
      development: false,
      requestOrigin: 'http://evil.example',
    });
    expect(origins).toEqual(['https://ortsbild.example']);
  });

  it('also accepts the address the browser used in development', () => {
    const origins = allowedRequestOrigins({
      appUrl: 'http://localhost:3000',
      development: true,
      requestOrigin: 'http://127.0.0.1:3000',
    });
    expect(origins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it("is the request's own origin when NEXTAUTH_URL is not set: localhost, 127.0.0.1, [::1], a LAN address", () => {
    for (const origin of [
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
      'http://192.168.1.20:3000',
    ]) {
      expect(allowedRequestOrigins({ appUrl: undefined, development: false, requestOrigin: origin })).toEqual(
        [origin],
      );
    }
    expect(allowedRequestOrigins({ appUrl: undefined, development: false, requestOrigin: null })).toEqual([]);
  });
});

describe('isSessionCookieName', () => {
  it("knows next-auth's session cookie, with the __Secure- prefix and split into chunks", async () => {
    for (const name of [
      'next-auth.session-token',
      '__Secure-next-auth.session-token',
      'next-auth.session-token.0',
      '__Secure-next-auth.session-token.1',
    ]) {
      expect(isSessionCookieName(name)).toBe(true);
    }
    for (const name of [
      'next-auth.csrf-token',
      'next-auth.callback-url',
      'locale',
      'next-auth.session-token.x',
    ]) {
      expect(isSessionCookieName(name)).toBe(false);
    }
  });
});
