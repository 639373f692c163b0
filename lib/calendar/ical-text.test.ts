import { describe, expect, it } from 'vitest';
import { escapeIcalText } from './ical-text';

describe('escapeIcalText', () => {
  it('escapes backslash, semicolon and comma, and keeps umlauts and tabs', () => {
    expect(escapeIcalText('Bäckerei; Nord, Süd \\ Hafen\tMitte')).toBe(
      'Bäckerei\\; Nord\\, Süd \\\\ Hafen\tMitte',
    );
  });

  it('writes every kind of line break as \\n, so none can start a line of its own', () => {
    expect(escapeIcalText('a\r\nEND:VCALENDAR\rb\nc\u2028d\u2029e\u0085f\vg\fh')).toBe(
      'a\\nEND:VCALENDAR\\nb\\nc\\nd\\ne\\nf\\ng\\nh',
    );
  });

  it('drops the control characters TEXT may not hold', () => {
    expect(escapeIcalText('a\u0000b\u001bc\u007fd')).toBe('abcd');
  });
});
