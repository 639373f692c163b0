import { foldText } from './fold';

// City names with the qualifier that tells towns of the same name apart: "Frankfurt am Main",
// "Frankfurt (Oder)", "Halle (Saale)", "Freiburg i. Br.". The qualifier may be written in
// brackets, after a slash or after a preposition, in full or abbreviated.

export type NormalisedCity = {
  /** The city, then its qualifier in brackets: "frankfurt (main)". */
  key: string;
  city: string;
  /** River or region that tells cities of the same name apart ("Main", "Oder", "Saale"). */
  qualifier: string | null;
};

// A Map, so that a qualifier named like an object property ("constructor") is itself.
const qualifierAbbreviations = new Map([
  ['m', 'main'],
  ['o', 'oder'],
  ['d', 'donau'],
  ['rh', 'rhein'],
  ['br', 'breisgau'],
  ['h', 'hoehe'],
  ['opf', 'oberpfalz'],
  ['westf', 'westfalen'],
]);

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * A qualifier in brackets at the end, "Halle (Saale)": the city before the first bracket pair
 * (with no brackets inside) that only non-letters follow. One pass, where the pattern
 * /^(.*?)\(([^()]*)\)[^\p{L}\p{N}]*$/u rescans the end from every bracket.
 */
function splitBracketedQualifier(text: string) {
  const characters = [...text];
  let tailStart = characters.length;
  while (tailStart > 0 && !letterOrDigit.test(characters[tailStart - 1]!)) tailStart--;
  let lastBracket = -1;
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index];
    if (character !== '(' && character !== ')') continue;
    if (character === ')' && index >= tailStart && characters[lastBracket] === '(') {
      return [
        characters.slice(0, lastBracket).join(''),
        characters.slice(lastBracket + 1, index).join(''),
      ] as const;
    }
    lastBracket = index;
  }
  return null;
}
const prepositions = new Set(['am', 'an', 'im', 'in', 'bei', 'auf', 'unter', 'a.', 'i.', 'b.']);
const beforeArticle = new Set(['an', 'in', 'ob', 'vor', 'a', 'o', 'v', 'i']);
const articles = new Set(['der', 'dem', 'den', 'd']);
const undotted = (token = '') => token.replace(/\.$/, '');
const isPostcode = (token = '') => /^\d{4,5}\.?$/.test(token);

/** How many tokens at `index` make a preposition: "am", "a.", "an der", "a. d.", "v. d." … */
function prepositionLength(tokens: string[], index: number) {
  if (beforeArticle.has(undotted(tokens[index])) && articles.has(undotted(tokens[index + 1]))) return 2;
  const token = tokens[index]!;
  return token === '/' || prepositions.has(token) || prepositions.has(undotted(token)) ? 1 : 0;
}

/** Words with their trailing dot ("a.", "st."), and slashes. */
const tokensOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+\.?|\//gu) ?? [];

/** The words of tokens: without dots and slashes, "St." as "sankt" ("St. Ingbert"). */
const wordsOf = (tokens: string[]) =>
  tokens
    .filter((token) => token !== '/')
    .map((token, index, all) =>
      undotted(token) === 'st' && index < all.length - 1 ? 'sankt' : undotted(token),
    )
    .join(' ');

/** The qualifier after its preposition, which is left out: "an der Oder" → "oder". */
function qualifierFrom(tokensWithSlashes: string[]) {
  const tokens = tokensWithSlashes.filter((token) => token !== '/');
  let start = 0;
  for (let length = prepositionLength(tokens, 0); length && start + length < tokens.length;) {
    start += length;
    length = prepositionLength(tokens, start);
  }
  const words = wordsOf(tokens.slice(start));
  return (qualifierAbbreviations.get(words) ?? words.replace(/str\b/g, 'strasse')) || null;
}

/** "Frankfurt am Main", "Frankfurt a. M." and "Frankfurt/M." are all "frankfurt (main)". */
export function normaliseCity(value: string): NormalisedCity {
  const folded = foldText(value);
  const bracketed = splitBracketedQualifier(folded);
  // Only a bracket after the city counts: "(Saale)" alone is not a qualifier.
  const bracket = bracketed && letterOrDigit.test(bracketed[0]) ? bracketed : null;
  const allTokens = tokensOf(bracket ? bracket[0] : folded);
  // A postcode in front ("27568 Bremerhaven", "D-27568 Bremerhaven").
  let start = 0;
  for (;;) {
    const left = allTokens.length - start;
    if (allTokens[start] === '/') start += 1;
    else if (left > 1 && isPostcode(allTokens[start])) start += 1;
    else if (left > 2 && allTokens[start] === 'd' && isPostcode(allTokens[start + 1])) start += 2;
    else break;
  }
  const tokens = allTokens.slice(start);
  let cityTokens = tokens;
  let qualifier = bracket ? qualifierFrom(tokensOf(bracket[1])) : null;
  if (!qualifier) {
    // A qualifier needs a word after its preposition: slashes alone are none.
    const lastWord = tokens.findLastIndex((token) => token !== '/');
    const split = tokens.findIndex(
      (_, index) => index > 0 && index <= lastWord && prepositionLength(tokens, index) > 0,
    );
    if (split > 0) [cityTokens, qualifier] = [tokens.slice(0, split), qualifierFrom(tokens.slice(split))];
  }
  const city = wordsOf(cityTokens);
  if (!city) return { key: qualifier ?? '', city: qualifier ?? '', qualifier: null };
  return { key: qualifier ? `${city} (${qualifier})` : city, city, qualifier };
}
