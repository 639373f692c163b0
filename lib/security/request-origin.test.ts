import { describe, expect, it } from 'vitest';
import {
  allowedRequestOrigins,
  hasBearerToken,
  isRequestOriginAllowed,
  isSessionCookieName,
} from './request-origin';

const app = ['https://ortsbild.example'];
const browserPost = {
  method: 'POST',
  origin: 'https://ortsbild.example',
  hasSessionCookie: true,
  hasBearerToken: false,
};

describe('isRequestOriginAllowed', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(isRequestOriginAllowed({ ...browserPost, method, origin: 'https://evil.example' }, app)).toBe(
        true,
      );
    }
  });

  it("accepts a state change from the app's own origin", () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(isRequestOriginAllowed({ ...browserPost, method }, app)).toBe(true);
    }
  });

  it('refuses a state change from any other origin, also with an API token or without a session', () => {
    for (const origin of [
      'https://evil.example',
      'http://ortsbild.example',
      'https://ortsbild.example:8443',
      'null',
    ]) {
      expect(isRequestOriginAllowed({ ...browserPost, origin }, app)).toBe(false);
      expect(isRequestOriginAllowed({ ...browserPost, origin, hasBearerToken: true }, app)).toBe(false);
      expect(isRequestOriginAllowed({ ...browserPost, origin, hasSessionCookie: false }, app)).toBe(false);
    }
  });

  it('without Origin, refuses a request that carries the session cookie and no API token', () => {
    expect(isRequestOriginAllowed({ ...browserPost, origin: null }, app)).toBe(false);
    expect(isRequestOriginAllowed({ ...browserPost, origin: null, hasBearerToken: true }, app)).toBe(true);
    expect(isRequestOriginAllowed({ ...browserPost, origin: null, hasSessionCookie: false }, app)).toBe(true);
  });
});

describe('allowedRequestOrigins', () => {
  it("is NEXTAUTH_URL's origin in production, whatever Host the request names", () => {
    const origins = allowedRequestOrigins({
      appUrl: 'https://ortsbild.example/some/path',
      development: false,
      host: 'evil.example',
    });
    expect(origins).toEqual(['https://ortsbild.example']);
  });

  it('also accepts the address the browser used in development', () => {
    const origins = allowedRequestOrigins({
      appUrl: 'http://localhost:3000',
      development: true,
      host: '127.0.0.1:3000',
    });
    expect(origins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });
});

describe('isSessionCookieName', () => {
  it("knows next-auth's session cookie, with the __Secure- prefix and split into chunks", () => {
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

describe('hasBearerToken', () => {
  it('recognises an Authorization header with a bearer token only', () => {
    expect(hasBearerToken('Bearer obt_abc')).toBe(true);
    expect(hasBearerToken('bearer obt_abc')).toBe(true);
    expect(hasBearerToken('Bearer ')).toBe(false);
    expect(hasBearerToken('Basic dXNlcjpwdw==')).toBe(false);
    expect(hasBearerToken(null)).toBe(false);
  });
});
