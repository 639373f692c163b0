import { describe, expect, it } from 'vitest';
import { differingParts } from './differing-part';

const joined = (text: { before: string; differing: string; after: string }) =>
  text.before + text.differing + text.after;

describe('differingParts', () => {
  it('marks only the digits that differ in a phone number', () => {
    expect(differingParts('0471 4829320', '0471 4829399')).toEqual({
      left: { before: '0471 48293', differing: '20', after: '' },
      right: { before: '0471 48293', differing: '99', after: '' },
    });
  });

  it('lines the texts up across separators written differently', () => {
    expect(differingParts('0471 4829320', '0471 / 48 29-399')).toEqual({
      left: { before: '0471 48293', differing: '20', after: '' },
      right: { before: '0471 / 48 29-3', differing: '99', after: '' },
    });
    expect(differingParts('Hafenstraße 12', 'Hafen-straße 14')).toEqual({
      left: { before: 'Hafenstraße 1', differing: '2', after: '' },
      right: { before: 'Hafen-straße 1', differing: '4', after: '' },
    });
  });

  it('marks an insertion on one side only, the other side marks nothing', () => {
    expect(differingParts('Hafenstraße 12', 'Hafenstraße 12a')).toEqual({
      left: { before: 'Hafenstraße 12', differing: '', after: '' },
      right: { before: 'Hafenstraße 12', differing: 'a', after: '' },
    });
  });

  it('keeps common ends on both sides and never cuts an umlaut or emoji in half', () => {
    const { left, right } = differingParts('Bäckerei 🥨 Müller', 'Bäckerei 🥐 Müller');
    expect(left).toEqual({ before: 'Bäckerei ', differing: '🥨', after: ' Müller' });
    expect(right).toEqual({ before: 'Bäckerei ', differing: '🥐', after: ' Müller' });
  });

  it('does not count a shared middle letter twice when one text is a repetition', () => {
    const { left, right } = differingParts('aa', 'aaa');
    expect(joined(left)).toBe('aa');
    expect(joined(right)).toBe('aaa');
    expect(right.differing).toBe('a');
  });

  it('marks everything when nothing is shared, and nothing for equal texts', () => {
    expect(differingParts('Ulm', 'Bonn').left).toEqual({ before: '', differing: 'Ulm', after: '' });
    expect(differingParts('Bonn', 'Bonn').right).toEqual({ before: 'Bonn', differing: '', after: '' });
  });
});
