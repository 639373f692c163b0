import { describe, expect, it } from 'vitest';
import { sideBySide } from './nap-check';

const master = {
  name: 'Deichbrise GmbH',
  street: 'Hafenstraße 145',
  postalCode: '27576',
  city: 'Bremerhaven',
  phone: '+494714829320',
  website: null,
};
const everything = { name: true, address: true, phone: true, website: true };
const nothingShown = { name: null, street: null, postcode: null, city: null, phone: null, website: null };

describe('sideBySide', () => {
  it('puts master and platform values next to each other with the result and the reason', () => {
    const rows = sideBySide(master, everything, {
      ...nothingShown,
      name: 'Deichbrise',
      street: 'Hafenstr. 145',
      phone: ' 0471 4829399 ',
      website: 'deichbrise.example',
    });
    expect(rows).toEqual([
      { field: 'name', master: 'Deichbrise GmbH', shown: 'Deichbrise', result: 'format' },
      { field: 'street', master: 'Hafenstraße 145', shown: 'Hafenstr. 145', result: 'format' },
      { field: 'postcode', master: '27576', shown: null, result: null },
      { field: 'city', master: 'Bremerhaven', shown: null, result: null },
      {
        field: 'phone',
        master: '0471 4829320',
        shown: '0471 4829399',
        result: 'mismatch',
        reason: 'different',
      },
      // The platform shows a website the master data lacks: missing on one side.
      { field: 'website', master: null, shown: 'deichbrise.example', result: 'mismatch', reason: 'missing' },
    ]);
  });

  it('leaves out what the platform does not show at all', () => {
    const rows = sideBySide(
      master,
      { name: true, address: false, phone: true, website: false },
      nothingShown,
    );
    expect(rows.map((row) => row.field)).toEqual(['name', 'phone']);
    expect(rows.every((row) => row.result === null)).toBe(true);
  });
});
