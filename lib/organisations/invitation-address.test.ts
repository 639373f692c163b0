import { describe, expect, it } from 'vitest';
import { isInvitedAddress, maskEmail } from './invitation-address';

describe('isInvitedAddress', () => {
  it('compares as the app normalises emails: trimmed, whatever the case', () => {
    expect(isInvitedAddress('anna@example.de', 'Anna@Example.DE')).toBe(true);
    expect(isInvitedAddress(' anna@example.de', 'anna@example.de ')).toBe(true);
  });

  it('tells other addresses apart, however similar', () => {
    expect(isInvitedAddress('anna@example.de', 'anna@example.com')).toBe(false);
    expect(isInvitedAddress('anna@example.de', 'anna+work@example.de')).toBe(false);
    expect(isInvitedAddress('anna@example.de', 'hanna@example.de')).toBe(false);
  });
});

describe('maskEmail', () => {
  it('keeps the first character of the name and the domain', () => {
    expect(maskEmail('anna.schulz@example.de')).toBe('a…@example.de');
    expect(maskEmail('a@example.de')).toBe('a…@example.de');
  });

  it('keeps a first character outside the basic plane whole', () => {
    expect(maskEmail('😀mail@example.de')).toBe('😀…@example.de');
  });

  it('shows nothing of a value that is no address', () => {
    expect(maskEmail('no-address')).toBe('…');
    expect(maskEmail('@example.de')).toBe('…');
  });
});
