import { describe, expect, it } from 'vitest';
import { createAppFormatter, formattingLocale } from './formatting';
import { messagesByLocale } from './messages';

// Sunday 6 December 2026, 14:05 in Berlin.
const afternoon = new Date('2026-12-06T13:05:00Z');
const monday = new Date('2026-11-23T00:00:00Z');
const sunday = new Date('2026-11-29T00:00:00Z');

/** Every message text of a language, with its key. */
function textsOf(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsOf(value as object, `${prefix}${key}.`),
  );
}

describe('dates and times', () => {
  it('writes English with the day before the month and a 24-hour clock', () => {
    const format = createAppFormatter('en');
    expect(format.dateTime(afternoon, { dateStyle: 'medium', timeStyle: 'short' })).toBe('6 Dec 2026, 14:05');
    expect(format.dateTime(afternoon, { dateStyle: 'medium' })).toBe('6 Dec 2026');
    expect(format.dateTime(afternoon, { hour: '2-digit', minute: '2-digit' })).toBe('14:05');
    expect(
      format.dateTimeRange(monday, sunday, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    ).toBe('23\u2009–\u200929 Nov 2026');
  });

  it('keeps German as before', () => {
    const format = createAppFormatter('de');
    expect(format.dateTime(afternoon, { dateStyle: 'medium', timeStyle: 'short' })).toBe('06.12.2026, 14:05');
    expect(format.dateTime(afternoon, { hour: '2-digit', minute: '2-digit' })).toBe('14:05');
  });

  it('shows the time in Berlin, whatever the machine’s time zone', () => {
    expect(createAppFormatter('en').dateTime(new Date('2026-07-01T22:30:00Z'), { timeStyle: 'short' })).toBe(
      '00:30',
    );
  });

  it('maps each UI language to its formatting locale', () => {
    expect(formattingLocale('en')).toBe('en-GB');
    expect(formattingLocale('de')).toBe('de-DE');
  });
});

describe('percentages', () => {
  it('has no space in English and one in German', () => {
    expect(createAppFormatter('en').number(0.42, { style: 'percent' })).toBe('42%');
    expect(createAppFormatter('de').number(0.42, { style: 'percent' })).toBe('42\u00a0%');
  });

  it('is written the same way in the message texts', () => {
    const spacedInEnglish = textsOf(messagesByLocale.en).filter(([, text]) => /[\d}]\s%/.test(text));
    const gluedInGerman = textsOf(messagesByLocale.de).filter(([, text]) => /[\d}]%/.test(text));
    expect(spacedInEnglish).toEqual([]);
    expect(gluedInGerman).toEqual([]);
  });
});
