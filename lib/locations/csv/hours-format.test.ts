import { describe, expect, it } from 'vitest';
import { fastestRunMs, hostileInputBudgetMs } from '@/tests/support/time-budget';
import { formatRanges, formatSpecialHours, parseDayHours, parseSpecialHours } from './hours-format';

describe('weekday hours cells', () => {
  it('reads several ranges, closed days and short hours', () => {
    expect(parseDayHours('06:30-13:00,14:00-18:00')).toEqual({
      ok: true,
      value: [
        { opens: '06:30', closes: '13:00' },
        { opens: '14:00', closes: '18:00' },
      ],
    });
    expect(parseDayHours(' 6:30 – 13:00 ')).toEqual({
      ok: true,
      value: [{ opens: '06:30', closes: '13:00' }],
    });
    for (const closed of ['', '  ', 'x', 'Geschlossen', 'closed']) {
      expect(parseDayHours(closed)).toEqual({ ok: true, value: [] });
    }
    expect(parseDayHours('morgens')).toEqual({ ok: false, messageKey: 'locationImport.errors.hoursFormat' });
  });

  it('writes what it reads', () => {
    const ranges = [
      { opens: '00:00', closes: '12:00' },
      { opens: '13:00', closes: '24:00' },
    ];
    expect(formatRanges(ranges)).toBe('00:00-12:00,13:00-24:00');
    expect(parseDayHours(formatRanges(ranges))).toEqual({ ok: true, value: ranges });
  });
});

describe('special hours cells', () => {
  it('reads days, periods, closed days, several ranges and notes', () => {
    const cell =
      '2026-12-24: 08:00-12:00, 2026-12-25-2026-12-26: x, 31.12.2026: 08:00-12:00,13:00-15:00 "Silvester, \\"kurz\\""';
    expect(parseSpecialHours(cell)).toEqual({
      ok: true,
      value: [
        {
          startDate: '2026-12-24',
          endDate: '2026-12-24',
          closed: false,
          ranges: [{ opens: '08:00', closes: '12:00' }],
        },
        { startDate: '2026-12-25', endDate: '2026-12-26', closed: true, ranges: [] },
        {
          startDate: '2026-12-31',
          endDate: '2026-12-31',
          closed: false,
          ranges: [
            { opens: '08:00', closes: '12:00' },
            { opens: '13:00', closes: '15:00' },
          ],
          note: 'Silvester, "kurz"',
        },
      ],
    });
    expect(parseSpecialHours('')).toEqual({ ok: true, value: [] });
  });

  it('round-trips every entry exactly', () => {
    const entries = [
      { startDate: '2026-05-01', endDate: '2026-05-01', closed: true, ranges: [], note: 'Tag der Arbeit' },
      {
        startDate: '2026-12-24',
        endDate: '2026-12-26',
        closed: false,
        ranges: [
          { opens: '08:00', closes: '12:00' },
          { opens: '14:00', closes: '16:00' },
        ],
      },
    ];
    const cell = formatSpecialHours(entries);
    expect(cell).toBe('2026-05-01: x "Tag der Arbeit", 2026-12-24-2026-12-26: 08:00-12:00,14:00-16:00');
    expect(parseSpecialHours(cell)).toEqual({ ok: true, value: entries });
  });

  it('refuses hours without a date and text it cannot read', () => {
    const failed = { ok: false, messageKey: 'locationImport.errors.specialHoursFormat' };
    expect(parseSpecialHours('08:00-12:00')).toEqual(failed);
    expect(parseSpecialHours('Heiligabend: x')).toEqual(failed);
    expect(parseSpecialHours('2026-12-24: vormittags')).toEqual(failed);
  });
});

describe('hours cells on hostile input', () => {
  // "1" + 40,000 spaces + "2" once took two seconds of a dry-run import (quadratic backtracking).
  it('reads a weekday cell of many spaces in linear time', () => {
    const cell = `1${' '.repeat(40_000)}2`;
    expect(fastestRunMs(() => parseDayHours(cell))).toBeLessThan(hostileInputBudgetMs);
    expect(parseDayHours(cell)).toEqual({ ok: false, messageKey: 'locationImport.errors.hoursFormat' });
  });

  it.each([' ', '-', '–', ':', ',', '"', '\\', '1', '1 - ', '2026-12-24: ', '"a" '])(
    'reads cells of repeated %j in linear time',
    (unit) => {
      const cell = `1${unit.repeat(100_000 / unit.length)}x`;
      expect(fastestRunMs(() => parseDayHours(cell))).toBeLessThan(hostileInputBudgetMs);
      expect(fastestRunMs(() => parseSpecialHours(cell))).toBeLessThan(hostileInputBudgetMs);
      expect(fastestRunMs(() => parseSpecialHours(`2026-12-24: x${cell}`))).toBeLessThan(
        hostileInputBudgetMs,
      );
    },
  );
});
