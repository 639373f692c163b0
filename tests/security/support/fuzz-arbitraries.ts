// Hostile values for the fuzz tests: text that breaks storage or rendering, numbers at the edges
// of IEEE 754, wrong types, prototype-pollution keys and deep nesting.
import fc from 'fast-check';

const char = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));

/** Text that is harmless when handled right: SQL, HTML, templates and spreadsheet formulas. */
export const injectionTexts = [
  "'; DROP TABLE locations; --",
  "' OR 1=1 --",
  'Robert"); DELETE FROM users; --',
  '1; SELECT pg_sleep(10)',
  '\\x27 UNION SELECT * FROM auth_sessions',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "javascript:alert('x')",
  '{{7*7}}',
  '${7*7}',
  '=HYPERLINK("http://evil")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '%s%n%x',
  '../../etc/passwd',
  'Bäckerei „Deichbrise“ – Straße 1',
  'שלום עולם',
  '👩‍👩‍👧 Café',
] as const;

/** Text that cannot be stored or read as text as given: NUL, other control characters, lone surrogates. */
export const unstorableTexts = [
  '\u0000',
  'Bäckerei\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '\u001b[31mred',
  'bell\u0007',
  'back\bspace',
  'del\u007f',
  'c1\u0085',
  '\u000b\u000c',
] as const;

/** Bidirectional overrides and invisible characters: stored as they are, shown escaped. */
export const trickyTexts = [
  'a\u202eb',
  '\u202egnp.exe',
  '\u200b',
  '\ufeffBOM',
  '\u2028\u2029',
  '\u00a0',
] as const;

/** About 100 kB of `unit` over and over, then a character that makes a pattern fail at the end. */
const repeated = (unit: string, end = '!') => `${unit.repeat(Math.ceil(100_000 / unit.length))}${end}`;

/**
 * 100 kB texts of repeated separators, the food of slow patterns (issue #18): slashes, spaces,
 * dashes, dots, colons, commas, quotes, backslashes and digits, alone and in the shapes the
 * parsers read (web addresses, hours, dates, house numbers).
 */
export const longHostileTexts = [
  repeated('x'),
  'é'.repeat(100_001),
  '\u0000'.repeat(100_000),
  repeated('<b>'),
  ' '.repeat(100_000),
  '😀'.repeat(50_000),
  repeated('/'),
  repeated(' '),
  repeated('-'),
  repeated('–'),
  repeated('.'),
  repeated(':'),
  repeated(','),
  repeated('"'),
  repeated('\\'),
  repeated('0'),
  repeated('1 '),
  repeated('\t'),
  repeated('\n'),
  `1${' '.repeat(100_000)}2`,
  `https://example.de${repeated('/')}`,
  `https://example.de/${repeated('index.html/')}`,
  `https://${repeated('www.')}`,
  repeated('06:30-'),
  repeated('2026-12-24: '),
  repeated('a1-'),
  repeated(' nr'),
  repeated('()'),
  repeated('+49 '),
];

/** Any text a client could send, weighted towards the hostile kinds. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...injectionTexts, ...unstorableTexts, ...trickyTexts, '', ' ', '\t\n\r '),
  fc.constantFrom(...longHostileTexts),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: char(0, 0x1f), maxLength: 10 }),
  fc.string({ unit: char(0xd800, 0xdfff), maxLength: 4 }),
  fc.string({ unit: char(0, 0xffff), maxLength: 30 }),
  fc
    .tuple(fc.constantFrom(...injectionTexts), fc.constantFrom(...unstorableTexts))
    .map(([text, bad]) => `${text}${bad}`),
);

/** Numbers at the edges, and number-like text as a form would send it. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2 ** 53 + 1,
    -(2 ** 53) - 1,
    2 ** 31,
    -1,
    0.1,
    4.95,
  ),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    '1e308',
    'NaN',
    'Infinity',
    '-0',
    '0x10',
    '1_000',
    ' 5 ',
    '٣',
    '9'.repeat(400),
    '1,5',
    '5.',
  ),
  fc.bigInt().map((value) => value),
);

/** Nested arrays and objects deeper than any input has a reason to be. */
export function deeplyNested(depth: number, kind: 'array' | 'object') {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Objects whose keys try to reach Object.prototype when copied or merged. */
export const pollutingObjects = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  { prototype: { polluted: 'yes' } },
];

/** Values of the wrong type where text or numbers are expected. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    [],
    {},
    ['a', 'b'],
    [[]],
    { value: 'x' },
    new Date(Number.NaN),
    new Date(0),
    deeplyNested(2_000, 'array'),
    deeplyNested(2_000, 'object'),
    ...pollutingObjects,
  ),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'x'), fc.string()),
);

/** Anything at all: hostile text, numbers, wrong types and whatever fast-check makes up. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);

/** Keys an attacker adds beside the expected ones. */
export const pollutingKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
);
