import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { foldText, tripleLetters } from './fold';
import { trimEndOf, trimOf } from '@/lib/text/trim-characters';
import { splitLegalForm } from './legal-forms';

export { normaliseCity, type NormalisedCity } from './city';

// Comparison keys for the NAP fields (name, address, phone, website). Two values whose keys are
// equal differ only in how they are written. Pure functions, safe in the browser as well.

const nonAlphanumeric = /[^\p{L}\p{N}]+/gu;

export type NormalisedName = {
  /** The name without legal form, then the legal form: "baeckerei meyer gmbh & co. kg". */
  key: string;
  name: string;
  legalForm: string | null;
};

/**
 * Folds the name, drops punctuation ("&" and "+" read as "und", "St." as "Sankt") and splits off
 * the legal form.
 */
export function normaliseName(value: string): NormalisedName {
  const cleaned = foldText(value)
    .replace(/['’‘`´]/g, '')
    .replace(/[&+]/g, ' und ')
    .replace(/\./g, '')
    .replace(nonAlphanumeric, ' ')
    .replace(tripleLetters, '$1$1')
    .replace(/\bst\b/g, 'sankt')
    .trim();
  const { base, legalForm } = splitLegalForm(cleaned);
  return { key: [base, legalForm].filter(Boolean).join(' '), name: base, legalForm };
}

export type NormalisedStreet = {
  /** Street name without spaces or punctuation, a space, the house number: "hafenstrasse 12a". */
  key: string;
  street: string;
  houseNumber: string;
};

// "12", "12a", "12 a", "12-14", "12 – 14", "12/14", "12 bis 14", "12a-c" at the end. The number
// starts after a non-digit, so a long run of digits is tried once, not from each of its digits.
const houseNumberAtEnd = /^(.*?)((?<!\d)\d+ ?[a-z]?(?:(?:-|\/| bis )(?:\d+ ?[a-z]?|[a-z]))?)$/;

// Abbreviations in street names. "Str." and "Pl." may be glued to the name ("Hafenstr.");
// "Weg" has none. They run after punctuation has become spaces.
const streetAbbreviations: [RegExp, string][] = [
  [/str\b/g, 'strasse'],
  [/pl\b/g, 'platz'],
  [/\bst\b/g, 'sankt'],
  [/\b(?:bgm|buergerm)\b/g, 'buergermeister'],
  [/\b(?:gr|gross(?:e[nrs]?)?)\b/g, 'gross'], // "Gr. Elbstraße", "Große Elbstraße"
  [/\b(?:kl|klein(?:e[nrs]?)?)\b/g, 'klein'],
  [/\bnr\b[^\p{L}\p{N}]*$/u, ''], // "Hafenstraße Nr. 5"
];

const expandStreetAbbreviations = (text: string) =>
  streetAbbreviations.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);

const streetSeparators = ' /-';

/** Without "Nr." at the end that no number follows: "hafenstrasse nr" is "hafenstrasse". */
function withoutTrailingNumberWords(text: string) {
  let rest = trimEndOf(text, streetSeparators);
  // Each "nr" is a word of its own: at the start or after one separator.
  while (rest.endsWith('nr') && (rest.length === 2 || streetSeparators.includes(rest.at(-3)!))) {
    rest = rest.slice(0, Math.max(0, rest.length - 3));
  }
  return rest;
}

/** Splits street and house number; "Straße", "Strasse", "Str." and "str" become one spelling. */
export function normaliseStreet(value: string): NormalisedStreet {
  const separated = foldText(value)
    .replace(/, *(?:de?[ -]*)?\d{5}\b.*$/, '') // "Hafenstraße 145, 27576 Bremerhaven": the rest is postcode and city
    .replace(/[^\p{L}\p{N}/-]+/gu, ' ')
    .replace(/(?<! ) *([/-])[ /-]*/g, '$1'); // a run of spaces is looked at once, from its start
  const words = trimOf(withoutTrailingNumberWords(separated), ' /-').replace(/ +/g, ' ');
  const [, streetPart = words, houseNumberPart = ''] = houseNumberAtEnd.exec(words) ?? [];
  // Once more after the spaces are gone, so that a key normalises to itself.
  const street = expandStreetAbbreviations(
    expandStreetAbbreviations(streetPart).replace(nonAlphanumeric, '').replace(tripleLetters, '$1$1'),
  );
  const houseNumber = houseNumberPart.replace(/ /g, '').replace(/bis|\//g, '-');
  return { key: [street, houseNumber].filter(Boolean).join(' '), street, houseNumber };
}

/** Letters and digits only, upper case; "D-27568" is "27568". */
export function normalisePostcode(value: string): string {
  return foldText(value)
    .toUpperCase()
    .replace(nonAlphanumeric, '')
    .replace(tripleLetters, '$1$1')
    .replace(/^DE?(\d{5})$/, '$1');
}

/**
 * The number in E.164 ("+494714829310"), read with Germany as the default country, so
 * "0471 / 48 29-310", "+49 (0) 471 4829310" and "0049 471 4829310" are the same number. An
 * extension is kept (";ext=12"). Text that holds no phone number falls back to its digits.
 */
export function normalisePhone(value: string): string {
  const text = value.normalize('NFKC');
  // When the text as a whole is no number, its digits may still be one; if not, the digits are
  // the key (only "+" and digits, so that such a key stays what it is when normalised again).
  const digits = `${/^\s*\+/.test(text) ? '+' : ''}${text.replace(/\D/g, '')}`;
  const phone = parsePhoneNumberFromString(text, 'DE') ?? parsePhoneNumberFromString(digits, 'DE');
  if (!phone) return digits === '+' ? '' : digits;
  // "+49 (0) 0…": reading the E.164 form again can drop one more trunk zero; read until stable.
  let number = phone.number as string;
  for (let pass = 0; pass < 5; pass++) {
    const again = parsePhoneNumberFromString(number, 'DE')?.number;
    if (!again || again === number) break;
    number = again;
  }
  return phone.ext ? `${number};ext=${phone.ext}` : number;
}

// Parameters that say where a visitor came from, not which page they see.
const trackingParameter =
  /^(?:utm_.*|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga)$/;

const schemePrefix = /^[a-z][a-z\d+.-]*:\/\//;

/** "example.de." is "example.de": dots and spaces at the end of the host part go. */
function withoutTrailingDotsOfHost(text: string) {
  const scheme = schemePrefix.exec(text)?.[0] ?? '';
  const rest = text.slice(scheme.length);
  const hostEnd = rest.search(/[/?#]/);
  if (hostEnd === -1) return `${scheme}${trimEndOf(rest, ' .')}`;
  return `${scheme}${trimEndOf(rest.slice(0, hostEnd), ' .')}${rest.slice(hostEnd)}`;
}

const indexFiles = ['/index.html', '/index.htm', '/index.php'];

/** "/filiale/", "/filiale//index.html/" and "/filiale" are one path: "/filiale". */
function withoutTrailingIndex(path: string) {
  let rest = trimEndOf(path, '/');
  for (let file = indexFiles.find((name) => rest.endsWith(name)); file;) {
    rest = trimEndOf(rest.slice(0, -file.length), '/');
    file = indexFiles.find((name) => rest.endsWith(name));
  }
  return rest;
}

/**
 * Host without "www.", then path and query: "baeckerei.de/filiale-lehe". Scheme, "www.",
 * a trailing slash, "index.html", the fragment, tracking parameters (utm_…, gclid, fbclid) and
 * case do not count; other query parameters do, in any order. Text that is no web address is
 * compared in lower case.
 */
export function normaliseWebsite(value: string): string {
  const spaced = value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const text = withoutTrailingDotsOfHost(spaced).trim();
  if (!text) return '';
  let url: URL;
  try {
    url = new URL(schemePrefix.test(text) ? text : `https://${text.replace(/^\/+/, '')}`);
  } catch {
    return text;
  }
  const host = trimEndOf(url.hostname, '.').replace(/^(?:www\d*\.)+/, '');
  if (!['http:', 'https:'].includes(url.protocol) || !/[\p{L}\p{N}]/u.test(host)) return text;
  const path = withoutTrailingIndex(url.pathname);
  const query = [...url.searchParams]
    .filter(([name]) => !trackingParameter.test(name))
    .map(([name, parameter]) => `${encodeURIComponent(name)}=${encodeURIComponent(parameter)}`)
    .sort()
    .join('&');
  // Lower case once more: percent-escapes come back in upper case.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`.toLowerCase();
}
