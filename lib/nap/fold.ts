// Text folding shared by every NAP field: the differences a person does not count as a change
// of content (case, ß or ss, ä or ae, accents, exotic dashes and spaces) disappear here.

/** A letter three or more times in a row. */
// The lint reads `\1\1+` as "any letters" and reports a quadratic search. It is the one letter
// matched first, and nothing follows it that could fail, so a match ends each run: linear (the
// hostile-input tests of the normalisers hold it to that).
// eslint-disable-next-line regexp/no-super-linear-move
export const tripleLetters = /(\p{L})\1\1+/gu;

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower case; ß → ss; ä, ö, ü → ae, oe, ue; other accents dropped (é → e); every dash → "-";
 * every kind of space → " ", runs of spaces collapsed; a letter three times in a row counts as
 * two ("Schifffahrt" and the old "Schiffahrt", "Schlossstraße" and "Schlosstraße"). Umlauts are
 * spelled out rather than stripped, so "Müller" meets "Mueller" (a common spelling) but not
 * "Muller" or "Mahler".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => umlauts[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g, '-')
    .replace(tripleLetters, '$1$1')
    .replace(/\s+/g, ' ')
    .trim();
}
