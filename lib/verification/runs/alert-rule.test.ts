import { describe, expect, it } from 'vitest';
import { alertsBetween } from './alert-rule';

const found = { outcome: 'CONSISTENT' as const, rating: 4.5 };

describe('alertsBetween', () => {
  it('alerts nothing on a first observation', () => {
    expect(alertsBetween(null, { outcome: 'DIFFERENT', rating: 1, differingFields: ['phone'] })).toEqual([]);
  });

  it('alerts a consistent listing that now differs, naming the fields', () => {
    expect(alertsBetween(found, { outcome: 'DIFFERENT', rating: 4.5, differingFields: ['phone'] })).toEqual([
      { kind: 'becameDifferent', fields: ['phone'] },
    ]);
  });

  it('does not alert again while a listing keeps differing', () => {
    expect(
      alertsBetween(
        { outcome: 'DIFFERENT', rating: null },
        { outcome: 'DIFFERENT', rating: null, differingFields: ['phone', 'name'] },
      ),
    ).toEqual([]);
  });

  it('alerts a listing that is gone, found before', () => {
    expect(
      alertsBetween(
        { outcome: 'DIFFERENT', rating: null },
        { outcome: 'NOT_FOUND', rating: null, differingFields: [] },
      ),
    ).toEqual([{ kind: 'listingGone' }]);
    expect(
      alertsBetween(
        { outcome: 'AMBIGUOUS', rating: null },
        { outcome: 'NOT_FOUND', rating: null, differingFields: [] },
      ),
    ).toEqual([]);
  });

  it('alerts a rating drop of 0.3 and more, not of 0.2', () => {
    expect(alertsBetween(found, { outcome: 'CONSISTENT', rating: 4.2, differingFields: [] })).toEqual([
      { kind: 'ratingDropped', from: 4.5, to: 4.2 },
    ]);
    expect(alertsBetween(found, { outcome: 'CONSISTENT', rating: 4.3, differingFields: [] })).toEqual([]);
    expect(alertsBetween(found, { outcome: 'CONSISTENT', rating: null, differingFields: [] })).toEqual([]);
  });
});
