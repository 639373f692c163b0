import { describe, expect, it } from 'vitest';
import { formatDecimal, formatShare, formatWhole } from './format';

describe('benchmark number formats', () => {
  it('formats in the reader’s language with the style’s decimals', () => {
    expect(formatShare('de', 39)).toBe('39,0');
    expect(formatShare('en', 39)).toBe('39.0');
    expect(formatDecimal('de', 2.25)).toBe('2,3');
    expect(formatDecimal('de', 2)).toBe('2');
    expect(formatWhole('de', 1234.6)).toBe('1.235');
    expect(formatWhole('en', 1234.4)).toBe('1,234');
  });

  it('keeps the languages apart when the formatters are reused', () => {
    expect(formatShare('de', 1.5)).toBe('1,5');
    expect(formatShare('en', 1.5)).toBe('1.5');
    expect(formatShare('de', 1.5)).toBe('1,5');
  });
});
