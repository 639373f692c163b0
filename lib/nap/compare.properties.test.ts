import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareField, compareNap } from './compare';
import { napFields, type NapField } from './schemas';

// Property-based tests of the NAP comparison: generated German streets, phone numbers, web
// addresses and names, written the ways people write them.

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }));
const napRecord = fc.record(
  Object.fromEntries(napFields.map((field) => [field, fc.option(anyText)])) as Record<
    NapField,
    fc.Arbitrary<string | null>
  >,
  { requiredKeys: [] },
);

describe('properties of the comparison', () => {
  it('a record compared with itself matches in every field', () => {
    fc.assert(
      fc.property(napRecord, (record) => {
        const comparison = compareNap(record, record);
        expect(napFields.map((field) => comparison.fields[field].result)).toEqual(
          napFields.map(() => 'match'),
        );
        expect(comparison.consistent).toBe(true);
      }),
    );
  });

  it('is symmetric: swapping master and platform gives the same result', () => {
    fc.assert(
      fc.property(napRecord, napRecord, (a, b) => {
        const ab = compareNap(a, b);
        const ba = compareNap(b, a);
        for (const field of napFields) expect(ba.fields[field].result).toBe(ab.fields[field].result);
      }),
    );
  });
});

// Formatting a person does not count as a change, applied at random.
type Perturbation = (text: string) => string;
const umlautSpelling: Perturbation = (text) =>
  text.replace(/[äöüÄÖÜ]/g, (letter) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[letter]!);
const sharpS: Perturbation = (text) => text.replace(/ß/g, 'ss');
const upper: Perturbation = (text) => text.toUpperCase();
const lower: Perturbation = (text) => text.toLowerCase();
const padded: Perturbation = (text) => `  ${text.replace(/ /g, '  ')} `;
const textPerturbations = [umlautSpelling, sharpS, upper, lower, padded];

function perturbed(perturbations: Perturbation[]) {
  return (text: string) =>
    fc
      .subarray(perturbations)
      .chain((chosen) => fc.shuffledSubarray(chosen, { minLength: chosen.length }))
      .map((chosen) => chosen.reduce((result, perturb) => perturb(result), text));
}

const streetNames = [
  'Hafenstraße',
  'Bürgermeister-Smidt-Straße',
  'Lange Straße',
  'Große Straße',
  'Schloßstraße',
  'Fährstraße',
  'Straße des 17. Juni',
  'Am Markt',
  'Deichweg',
  'An der Mühle',
  'Theodor-Heuss-Platz',
  'Marktplatz',
  'Körnerstraße',
];
const houseNumber = fc.record({
  number: fc.integer({ min: 1, max: 399 }),
  letter: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: '' }),
  to: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
});
type HouseNumber = { number: number; letter: string; to: number | null };
const writeHouseNumber = ({ number, letter, to }: HouseNumber) =>
  `${number}${letter}${to === null ? '' : `-${number + to}`}`;

const streetPerturbations: Perturbation[] = [
  ...textPerturbations,
  (text) => text.replace(/straße/i, (word) => (word[0] === 'S' ? 'Str.' : 'str.')),
  (text) => text.replace(/straße/i, 'strasse'),
  (text) => text.replace(/straße/i, (word) => `${word[0]}tr`),
  (text) => text.replace(/platz/i, 'pl.'),
  (text) => text.replace(/-/g, ' - '),
  (text) => text.replace(/(\p{L})-(\p{L})/gu, '$1 $2'),
  (text) => text.replace(/(\d)([a-d])\b/gi, '$1 $2'),
  (text) =>
    text.replace(/(\d)([a-d])\b/g, (_, digit: string, letter: string) => digit + letter.toUpperCase()),
  (text) => text.replace(/(\d)-(\d)/, '$1 – $2'),
  (text) => text.replace(/(\d)-(\d)/, '$1 bis $2'),
];

describe('formatting never makes a mismatch; a different house number always does', () => {
  const street = fc.record({ name: fc.constantFrom(...streetNames), house: houseNumber });

  it('street and house number written differently', () => {
    fc.assert(
      fc.property(
        street.chain(({ name, house }) => {
          const text = `${name} ${writeHouseNumber(house)}`;
          return fc.tuple(fc.constant(text), perturbed(streetPerturbations)(text));
        }),
        ([master, platform]) => {
          expect(['match', 'format']).toContain(compareField('street', master, platform).result);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('another house number or letter, however written', () => {
    const otherHouse = fc
      .tuple(houseNumber, houseNumber)
      .filter(([a, b]) => writeHouseNumber(a) !== writeHouseNumber(b));
    fc.assert(
      fc.property(
        fc
          .constantFrom(...streetNames)
          .chain((name) =>
            otherHouse.chain(([a, b]) =>
              fc.tuple(
                fc.constant(`${name} ${writeHouseNumber(a)}`),
                perturbed(streetPerturbations)(`${name} ${writeHouseNumber(b)}`),
              ),
            ),
          ),
        ([master, platform]) => {
          expect(compareField('street', master, platform).result).toBe('mismatch');
        },
      ),
      { numRuns: 500 },
    );
  });
});

const areaCodes = ['30', '40', '89', '69', '221', '421', '471', '4721', '5121', '171', '151', '160'];
const phoneNumber = fc.record({
  area: fc.constantFrom(...areaCodes),
  subscriber: fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 7 }),
    )
    .map(([first, rest]) => `${first}${rest.join('')}`),
});
type PhoneNumber = { area: string; subscriber: string };

/** The number as people write it: +49, 0049 or 0, brackets, spaces, slashes and dashes. */
const writtenPhone = ({ area, subscriber }: PhoneNumber) =>
  fc
    .tuple(
      fc.constantFrom(
        `0${area}`,
        `(0${area})`,
        `+49 ${area}`,
        `+49 (0) ${area}`,
        `+49(0)${area}`,
        `0049 ${area}`,
      ),
      fc.constantFrom('', ' ', '/', ' / ', '-'),
      fc.array(fc.constantFrom('', '', '', ' ', '-'), {
        minLength: subscriber.length - 1,
        maxLength: subscriber.length - 1,
      }),
    )
    .map(
      ([prefix, separator, gaps]) =>
        prefix +
        separator +
        [...subscriber].map((digit, index) => (index ? gaps[index - 1] : '') + digit).join(''),
    );

describe('phone numbers: any notation of the same number is formatting, another digit a mismatch', () => {
  it('the same number, written two ways', () => {
    fc.assert(
      fc.property(
        phoneNumber.chain((number) => fc.tuple(writtenPhone(number), writtenPhone(number))),
        ([master, platform]) => {
          expect(['match', 'format']).toContain(compareField('phone', master, platform).result);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('one digit of the subscriber number changed', () => {
    const changed = phoneNumber.chain((number) =>
      fc
        .tuple(fc.nat({ max: number.subscriber.length - 1 }), fc.integer({ min: 1, max: 9 }))
        .map(([position, shift]) => {
          const digits = [...number.subscriber];
          digits[position] = String((Number(digits[position]) + shift) % 10);
          return [number, { ...number, subscriber: digits.join('') }] as const;
        })
        .filter(([, other]) => other.subscriber[0] !== '0'),
    );
    fc.assert(
      fc.property(
        changed.chain(([a, b]) => fc.tuple(writtenPhone(a), writtenPhone(b))),
        ([master, platform]) => {
          expect(compareField('phone', master, platform).result).toBe('mismatch');
        },
      ),
      { numRuns: 500 },
    );
  });
});

const domains = ['baeckerei-deichbrise.de', 'fischhaus-moewe.de', 'blumen-kruse.com', 'example.org'];
const paths = ['', '/filiale-lehe', '/standorte/mitte', '/kontakt'];
const writtenWebsite = (domain: string, path: string) =>
  fc
    .record({
      scheme: fc.constantFrom('', 'http://', 'https://', 'HTTPS://'),
      www: fc.constantFrom('', 'www.', 'WWW.'),
      upperHost: fc.boolean(),
      slash: fc.constantFrom('', '/'),
    })
    .map(
      ({ scheme, www, upperHost, slash }) =>
        `${scheme}${www}${upperHost ? domain.toUpperCase() : domain}${path}${slash}`,
    );

describe('websites: scheme, www., trailing slash and case are formatting; path and domain are not', () => {
  it('the same address written two ways', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.constantFrom(...domains), fc.constantFrom(...paths))
          .chain(([domain, path]) => fc.tuple(writtenWebsite(domain, path), writtenWebsite(domain, path))),
        ([master, platform]) => {
          expect(['match', 'format']).toContain(compareField('website', master, platform).result);
        },
      ),
    );
  });

  it('another path or another domain', () => {
    const twoAddresses = fc
      .tuple(
        fc.constantFrom(...domains),
        fc.constantFrom(...paths),
        fc.constantFrom(...domains),
        fc.constantFrom(...paths),
      )
      .filter(([domainA, pathA, domainB, pathB]) => domainA !== domainB || pathA !== pathB);
    fc.assert(
      fc.property(
        twoAddresses.chain(([domainA, pathA, domainB, pathB]) =>
          fc.tuple(writtenWebsite(domainA, pathA), writtenWebsite(domainB, pathB)),
        ),
        ([master, platform]) => {
          expect(compareField('website', master, platform).result).toBe('mismatch');
        },
      ),
    );
  });
});

const businessNames = [
  'Bäckerei Deichbrise',
  'Fischhaus Zur Möwe',
  'Blumen Krüger',
  'Schlachterei Große',
  'Café Lüttje',
];
const legalFormSpellings = [
  ['GmbH', 'G.m.b.H.', 'Gmbh'],
  ['GmbH & Co. KG', 'GmbH & Co KG', 'GmbH u. Co. KG', 'GmbH&Co.KG'],
  ['e.K.', 'e. K.', 'eK', 'e.Kfm.'],
  ['UG (haftungsbeschränkt)', 'UG haftungsbeschränkt', 'UG'],
  ['AG'],
  ['OHG', 'oHG'],
  ['GbR'],
];

describe('names: legal form spellings, a left-out legal form, case and umlauts are formatting', () => {
  const withForm = (name: string, spellings: string[]) =>
    fc.option(fc.constantFrom(...spellings), { nil: null }).map((form) => (form ? `${name} ${form}` : name));

  it('the same name, legal form written differently or left out', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.constantFrom(...businessNames), fc.constantFrom(...legalFormSpellings))
          .chain(([name, spellings]) =>
            fc.tuple(
              withForm(name, spellings),
              withForm(name, spellings).chain(perturbed(textPerturbations)),
            ),
          ),
        ([master, platform]) => {
          expect(['match', 'format']).toContain(compareField('name', master, platform).result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('two different legal forms', () => {
    const twoForms = fc
      .tuple(fc.nat({ max: legalFormSpellings.length - 1 }), fc.nat({ max: legalFormSpellings.length - 1 }))
      .filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom(...businessNames), twoForms).chain(([name, [a, b]]) =>
          fc.tuple(
            fc.constantFrom(...legalFormSpellings[a]!).map((form) => `${name} ${form}`),
            fc.constantFrom(...legalFormSpellings[b]!).map((form) => `${name} ${form}`),
          ),
        ),
        ([master, platform]) => {
          expect(compareField('name', master, platform).result).toBe('mismatch');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('cities: case, umlauts and ß are formatting', () => {
  const cities = [
    'Bremerhaven',
    'München',
    'Düsseldorf',
    'Gießen',
    'Frankfurt am Main',
    'Halle (Saale)',
    'Köln',
  ];
  it('the same city written differently', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...cities)
          .chain((city) => fc.tuple(fc.constant(city), perturbed(textPerturbations)(city))),
        ([master, platform]) => {
          expect(['match', 'format']).toContain(compareField('city', master, platform).result);
        },
      ),
    );
  });
});
