import { describe, expect, it } from 'vitest';
import { decideStatus, statusOfOutcome } from './status-rule';

describe('statusOfOutcome', () => {
  it('maps found, different and gone to live, needs update and not started', () => {
    expect(statusOfOutcome('CONSISTENT')).toBe('LIVE');
    expect(statusOfOutcome('DIFFERENT')).toBe('NEEDS_UPDATE');
    expect(statusOfOutcome('NOT_FOUND')).toBe('NOT_STARTED');
  });

  it('says nothing for ambiguous answers and pages without data', () => {
    expect(statusOfOutcome('AMBIGUOUS')).toBeNull();
    expect(statusOfOutcome('NO_DATA')).toBeNull();
  });
});

describe('decideStatus', () => {
  it('applies the observed status to an item nobody set by hand recently', () => {
    expect(decideStatus({ current: 'CLAIMED', outcome: 'CONSISTENT', setByHandRecently: false })).toEqual({
      apply: 'LIVE',
      suggest: null,
    });
  });

  it('suggests instead when someone set the status by hand within the grace period', () => {
    expect(decideStatus({ current: 'LIVE', outcome: 'DIFFERENT', setByHandRecently: true })).toEqual({
      apply: null,
      suggest: 'NEEDS_UPDATE',
    });
  });

  it('changes and suggests nothing when the status already agrees', () => {
    expect(decideStatus({ current: 'LIVE', outcome: 'CONSISTENT', setByHandRecently: true })).toEqual({
      apply: null,
      suggest: null,
    });
  });

  it('leaves "not applicable" alone, a decision no observation overrides', () => {
    expect(
      decideStatus({ current: 'NOT_APPLICABLE', outcome: 'NOT_FOUND', setByHandRecently: false }),
    ).toEqual({ apply: null, suggest: null });
  });

  it('leaves the status alone for an ambiguous answer', () => {
    expect(decideStatus({ current: 'LIVE', outcome: 'AMBIGUOUS', setByHandRecently: false })).toEqual({
      apply: null,
      suggest: null,
    });
  });
});
