import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, mapTileSource } from './content-security-policy';

function directives(policy: string) {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources] as const;
    }),
  );
}

const production = { nonce: 'bm9uY2U=', development: false, https: false, tileSource: null };

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('contentSecurityPolicy', () => {
  it('lets scripts run only with the nonce or when loaded by one, never inline or evaluated', () => {
    const scriptSources = directives(contentSecurityPolicy(production)).get('script-src');
    expect(scriptSources).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
  });

  it("adds 'unsafe-eval' in development only", () => {
    const development = directives(contentSecurityPolicy({ ...production, development: true }));
    expect(development.get('script-src')).toContain("'unsafe-eval'");
    expect(development.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('forbids framing, plugins, foreign base URLs, form targets, connections and workers', () => {
    const policy = directives(contentSecurityPolicy(production));
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows images from the tile server besides its own, data: and blob:', () => {
    const policy = directives(
      contentSecurityPolicy({ ...production, tileSource: 'https://tile.example.org' }),
    );
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tile.example.org']);
    expect(directives(contentSecurityPolicy(production)).get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
    ]);
  });

  it('upgrades http:// references over HTTPS only (over http it would break the app itself)', () => {
    expect(
      directives(contentSecurityPolicy({ ...production, https: true })).has('upgrade-insecure-requests'),
    ).toBe(true);
    expect(directives(contentSecurityPolicy(production)).has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('mapTileSource', () => {
  it('takes scheme and host (with port) of the template', () => {
    expect(mapTileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(mapTileSource('http://Tiles.Example.org:8080/{z}/{x}/{y}.png?key=1')).toBe(
      'http://tiles.example.org:8080',
    );
  });

  it('turns a {s} subdomain into a wildcard', () => {
    expect(mapTileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
  });

  it('gives nothing for tiles served by the app itself or a host it cannot express', () => {
    expect(mapTileSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
    expect(mapTileSource('https://tiles-{s}.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(mapTileSource("https://evil.example'; script-src *;/{z}")).toBeNull();
  });
});
