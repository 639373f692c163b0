import { describe, expect, it } from 'vitest';
import {
  expandOffline,
  schemaOrgViolations,
  schemaOrgVocabulary,
  withSuperClasses,
} from '@/tests/support/schema-org-vocabulary';
import { locationJsonLd } from './location-json-ld';
import { localBusinessTypes } from './schema-type-for-category';
import { bakery, today } from './test-support';

// The JSON-LD read as JSON-LD (expanded by the jsonld package, offline) and checked against the
// schema.org vocabulary: each @type exists, each property is allowed on its node's type.

const schema = 'http://schema.org/';
const options = {
  id: 'https://ortsbild.example/l/meyer/HB-12#business',
  url: 'https://ortsbild.example/l/meyer/HB-12',
  today,
};

describe('the JSON-LD of a location, read as JSON-LD', () => {
  it('expands to the schema.org terms it means, with the stable @id', async () => {
    const [business] = (await expandOffline(locationJsonLd(bakery, options))) as Record<string, unknown>[];
    expect(business).toMatchObject({
      '@id': options.id,
      '@type': [`${schema}Bakery`],
      [`${schema}name`]: [{ '@value': 'Bäckerei Meyer' }],
      [`${schema}url`]: [{ '@id': 'https://www.baeckerei-meyer.de' }],
      [`${schema}address`]: [{ '@type': [`${schema}PostalAddress`] }],
    });
    expect(business![`${schema}openingHoursSpecification`]).toHaveLength(6);
  });

  it('uses only types and properties schema.org has, each on a type that may carry it', async () => {
    for (const type of localBusinessTypes) {
      const category = type === 'LocalBusiness' ? null : type;
      const expanded = await expandOffline(locationJsonLd({ ...bakery, primaryCategory: category }, options));
      expect(expanded).toHaveLength(1);
      expect(schemaOrgViolations(expanded)).toEqual([]);
    }
  });

  it('claims only types that are local businesses in schema.org', () => {
    const vocabulary = schemaOrgVocabulary();
    for (const type of localBusinessTypes) {
      expect(withSuperClasses(vocabulary, `${schema}${type}`), type).toContain(`${schema}LocalBusiness`);
    }
  });

  it('would refuse what schema.org does not allow (the check itself works)', async () => {
    const wrong = {
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      opens: '08:00',
      openingTimes: 'Mo-Fr',
      address: { '@type': 'PostalAddres', streetAddress: 'Hafenstraße 12' },
      geo: { '@type': 'PostalAddress', postalCode: '27568' },
      openingHoursSpecification: {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'Funday',
        validFrom: '2026-12-24',
      },
    };
    expect(schemaOrgViolations(await expandOffline(wrong))).toEqual([
      '[0].address[0]: http://schema.org/PostalAddres is outside its range',
      '[0].address[0]: http://schema.org/PostalAddres is not a schema.org type',
      '[0].address[0].streetAddress: not a property of http://schema.org/PostalAddres',
      '[0].geo[0]: http://schema.org/PostalAddress is outside its range',
      '[0].openingHoursSpecification[0].dayOfWeek[0]: Funday is not a schema.org DayOfWeek',
      '[0].openingTimes: not a schema.org property',
      '[0].opens: not a property of http://schema.org/Bakery',
    ]);
  });
});
