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

const qualifierAbbreviations: Record<string, string> = {
  m: 'main',
  o: 'oder',
  d: 'donau',
  rh: 'rhein',
  br: 'breisgau',
  h: 'hoehe',
  opf: 'oberpfalz',
  westf: 'westfalen',
};

// A qualifier in brackets at the end: "Halle (Saale)".
const inBrackets = /^(.*?)\(([^()]*)\)[^\p{L}\p{N}]*$/u;
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
  return (qualifierAbbreviations[words] ?? words.replace(/str\b/g, 'strasse')) || null;
}

/** "Frankfurt am Main", "Frankfurt a. M." and "Frankfurt/M." are all "frankfurt (main)". */
export function normaliseCity(value: string): NormalisedCity {
  const folded = foldText(value);
  const bracketed = inBrackets.exec(folded);
  // Only a bracket after the city counts: "(Saale)" alone is not a qualifier.
  const bracket = bracketed && /[\p{L}\p{N}]/u.test(bracketed[1]!) ? bracketed : null;
  const tokens = tokensOf(bracket ? bracket[1]! : folded);
  // A postcode in front ("27568 Bremerhaven", "D-27568 Bremerhaven").
  for (;;) {
    if (tokens[0] === '/') tokens.shift();
    else if (tokens.length > 1 && isPostcode(tokens[0])) tokens.shift();
    else if (tokens.length > 2 && tokens[0] === 'd' && isPostcode(tokens[1])) tokens.splice(0, 2);
    else break;
  }
  let cityTokens = tokens;
  let qualifier = bracket ? qualifierFrom(tokensOf(bracket[2]!)) : null;
  if (!qualifier) {
    const split = tokens.findIndex(
      (_, index) => index > 0 && prepositionLength(tokens, index) && qualifierFrom(tokens.slice(index)),
    );
    if (split > 0) [cityTokens, qualifier] = [tokens.slice(0, split), qualifierFrom(tokens.slice(split))];
  }
  const city = wordsOf(cityTokens);
  if (!city) return { key: qualifier ?? '', city: qualifier ?? '', qualifier: null };
  return { key: qualifier ? `${city} (${qualifier})` : city, city, qualifier };
}
