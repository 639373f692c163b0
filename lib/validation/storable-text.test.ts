import { describe, expect, it } from 'vitest';
import de from '@/messages/de/core.json';
import en from '@/messages/en/core.json';
import { isSingleLineText, isStorableText, singleLineTextError, storableTextError } from './storable-text';

describe('isSingleLineText', () => {
  it('accepts one line, umlauts, tabs and invisible characters that are no line breaks', () => {
    for (const text of ['Bäckerei „Deichbrise“ – Filiale Süd', 'a\tb', 'a\u00a0b', '\u200b', '']) {
      expect(isSingleLineText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses every line and paragraph separator, where storable text allows them', () => {
    for (const text of ['a\nb', 'a\rb', 'a\r\nb', 'a\u2028b', 'a\u2029b', 'a\u0085b', 'a\vb', 'a\fb']) {
      expect(isSingleLineText(text), JSON.stringify(text)).toBe(false);
    }
    expect(isStorableText('a\r\nb\u2028c')).toBe(true);
  });

  it('names its message by a key both languages translate', () => {
    for (const messages of [de, en]) {
      const validation: Record<string, string> = messages.validation;
      expect(validation[singleLineTextError.error]).toBeTruthy();
      expect(validation[storableTextError.error]).toBeTruthy();
    }
  });
});
