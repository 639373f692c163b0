import { describe, expect, it } from 'vitest';
import { utcOffsetMinutes, vtimezoneComponent } from './vtimezone';

const lines = (timeZone: string, fromYear: number, toYear: number) =>
  vtimezoneComponent(timeZone, fromYear, toYear)!.split('\r\n');

describe('vtimezoneComponent', () => {
  it("writes Berlin's summer and winter time as yearly rules from the first year", () => {
    expect(lines('Europe/Berlin', 2026, 2036)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it("finds nth-weekday rules (New York) and zones without daylight saving (Kolkata's half hour)", () => {
    const newYork = lines('America/New_York', 2026, 2030);
    expect(newYork).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(newYork).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    const kolkata = lines('Asia/Kolkata', 2026, 2036);
    expect(kolkata.filter((line) => !line.startsWith('TZNAME'))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(utcOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
    expect(utcOffsetMinutes('America/St_Johns', Date.UTC(2026, 0, 1))).toBe(-210);
  });

  it('lists irregular changes one by one and ends a rule when daylight saving was abolished', () => {
    // Brazil: summer time from the third Sunday of October or the first of November, ended in 2019.
    const saoPaulo = lines('America/Sao_Paulo', 2016, 2027);
    expect(saoPaulo).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU;UNTIL=20190217T020000Z');
    expect(saoPaulo.filter((line) => line === 'BEGIN:DAYLIGHT')).toHaveLength(3);
    expect(saoPaulo).toContain('DTSTART:20181104T000000');
  });

  it('knows no made-up zones', () => {
    expect(vtimezoneComponent('Mars/Olympus', 2026, 2036)).toBeNull();
  });
});
