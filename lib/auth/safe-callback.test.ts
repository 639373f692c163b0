import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-callback';

describe('safeCallbackPath', () => {
  it.each([
    '/o/deichbrise',
    '/o/deichbrise/locations?status=ACTIVE&page=2',
    '/o/deichbrise/checkins#week-48',
    '/organisations/new',
  ])('keeps the path %j', (path) => expect(safeCallbackPath(path)).toBe(path));

  it.each([
    // A browser drops tab, CR and LF in a URL and reads "\" as "/": each becomes "//evil.example".
    '/\t/evil.example/pwn',
    '/\r/evil.example',
    '/\n/evil.example',
    '/\t\\evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '//evil.example',
    '/.//evil.example',
    '/%09/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '',
  ])('refuses %j', (value) => {
    const path = safeCallbackPath(value, '/fallback');
    expect(path).toBe(path === '/fallback' ? '/fallback' : path);
    // Whatever is kept stays on this site when a browser resolves it.
    expect(new URL(path, 'https://ortsbild.example').origin).toBe('https://ortsbild.example');
  });

  it('uses the fallback for what is no path', () => {
    expect(safeCallbackPath(undefined)).toBe('/');
    expect(safeCallbackPath(['/a', '/b'], '/organisations/new')).toBe('/organisations/new');
    expect(safeCallbackPath('/\t/evil.example/pwn', '/organisations/new')).toBe('/organisations/new');
  });
});
