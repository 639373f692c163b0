import { describe, expect, it } from 'vitest';
import { readEmbedOrigin } from './embed-origin';
import { maxEmbedOrigins, publishingSettingsSchema } from './schemas';

const parse = (embedOrigins: unknown, rest: Record<string, unknown> = {}) =>
  publishingSettingsSchema.safeParse({ publicLocator: 'on', publishedFields: [], embedOrigins, ...rest });

const issuesOf = (result: ReturnType<typeof parse>) =>
  result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path,
        message: issue.message,
        ...(issue.code === 'custom' ? { params: issue.params } : {}),
      }));

describe('readEmbedOrigin', () => {
  it.each([
    ['https://www.example.de', 'https://www.example.de', false],
    ['https://www.example.de/', 'https://www.example.de', false],
    ['  HTTPS://WWW.Example.DE  ', 'https://www.example.de', false],
    ['https://www.example.de/filialen?utm=x#karte', 'https://www.example.de', true],
    ['www.example.de', 'https://www.example.de', true],
    ['https://shop.example.de:8443/', 'https://shop.example.de:8443', false],
    ['https://example.de:443', 'https://example.de', true],
    ['http://localhost:3000', 'http://localhost:3000', false],
    ['http://127.0.0.1:8080/test.html', 'http://127.0.0.1:8080', true],
    ['https://bäckerei.de', 'https://xn--bckerei-5wa.de', true],
  ])('%s is %s', (text, origin, adjusted) => {
    expect(readEmbedOrigin(text)).toEqual({ ok: true, origin, adjusted });
  });

  it.each([
    ['http://www.example.de', 'httpsOnly'],
    ['ftp://www.example.de', 'httpsOnly'],
    ['javascript://www.example.de', 'httpsOnly'],
    ['https://*.example.de', 'invalid'],
    ['https://user:pw@example.de', 'invalid'],
    ['https://intranet', 'invalid'],
    ['https://example.de; script-src *', 'invalid'],
    ['https://exa mple.de', 'invalid'],
    ['https://', 'invalid'],
    ['data:text/html,hi', 'invalid'],
    ['https://[::1]', 'invalid'],
  ])('%s is refused (%s)', (text, problem) => {
    expect(readEmbedOrigin(text)).toEqual({ ok: false, problem });
  });

  it('refuses an address longer than any origin', () => {
    expect(readEmbedOrigin(`https://${'a'.repeat(2_000)}.de`)).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('publishingSettingsSchema', () => {
  it('reads the form and the API alike: the switch, fields in a fixed order once each', () => {
    expect(parse([], { publishedFields: ['OPENING_HOURS', 'PHONE', 'PHONE'] })).toMatchObject({
      success: true,
      data: { publicLocator: true, publishedFields: ['PHONE', 'OPENING_HOURS'], embedOrigins: [] },
    });
    expect(parse([], { publicLocator: false })).toMatchObject({ data: { publicLocator: false } });
    expect(parse([], { publicLocator: 'off' })).toMatchObject({ data: { publicLocator: false } });
    expect(issuesOf(parse([], { publicLocator: 'yes' }))[0]?.message).toBe(
      'publishingSettings.errors.switchInvalid',
    );
    expect(issuesOf(parse([], { publishedFields: ['ASSIGNEE'] }))[0]?.message).toBe(
      'publishingSettings.errors.fieldInvalid',
    );
    expect(parse([], { publishedFields: 'PHONE' }).success).toBe(false);
    expect(parse('https://www.example.de').success).toBe(false);
    expect(publishingSettingsSchema.safeParse({ publicLocator: true }).success).toBe(false);
  });

  it('drops blank lines and duplicates, and names the line of each bad address', () => {
    expect(
      parse(['https://a.example.de/x', '', 'https://a.example.de', ' ', 'https://b.example.de']),
    ).toMatchObject({
      data: { embedOrigins: ['https://a.example.de', 'https://b.example.de'] },
    });
    expect(issuesOf(parse(['https://a.example.de', '', 'keine adresse', 'http://b.example.de']))).toEqual([
      { path: ['embedOrigins', 2], message: 'publishingSettings.errors.originInvalid', params: { line: 3 } },
      {
        path: ['embedOrigins', 3],
        message: 'publishingSettings.errors.originHttpsOnly',
        params: { line: 4 },
      },
    ]);
  });

  it(`takes at most ${maxEmbedOrigins} origins (duplicates not counted)`, () => {
    const origins = Array.from({ length: maxEmbedOrigins }, (_, index) => `https://s${index}.example.de`);
    expect(parse([...origins, ...origins]).success).toBe(true);
    expect(issuesOf(parse([...origins, 'https://one-more.example.de']))).toEqual([
      { path: ['embedOrigins'], message: 'publishingSettings.errors.tooManyOrigins', params: { max: 20 } },
    ]);
    expect(issuesOf(parse(Array.from({ length: 201 }, () => '')))[0]?.message).toBe(
      'publishingSettings.errors.tooManyLines',
    );
  });
});
