import { describe, expect, it } from 'vitest';
import { minutesInDay } from './day-length';

describe('minutesInDay', () => {
  it('is 24 hours, 23 when the clocks go forward and 25 when they go back', () => {
    expect(minutesInDay('2026-11-26', 'Europe/Berlin')).toBe(1440);
    expect(minutesInDay('2026-03-29', 'Europe/Berlin')).toBe(1380);
    expect(minutesInDay('2026-10-25', 'Europe/Berlin')).toBe(1500);
    expect(minutesInDay('2026-10-25', 'UTC')).toBe(1440);
    expect(minutesInDay('2026-11-01', 'America/New_York')).toBe(1500);
  });
});
