// Store codes that Ortsbild makes up when a small business leaves the field blank: the city in
// capitals and plain letters, then a number that is new within the organisation
// ("Bremerhaven" → BREMERHAVEN-1, BREMERHAVEN-2; "Frankfurt am Main" → FRANKFURT-AM-MAIN-1).

/** Up to this many sites may leave the code to Ortsbild; from the third on the business names it. */
export const generatedStoreCodeSites = 2;

const prefixLength = 40;
const fallbackPrefix = 'STANDORT';

/** The city as a code prefix: capitals, umlauts spelled out, anything else between words a "-". */
export function storeCodePrefix(city: string) {
  const words = city
    .toUpperCase() // ß becomes SS
    .replaceAll('Ä', 'AE')
    .replaceAll('Ö', 'OE')
    .replaceAll('Ü', 'UE')
    .replaceAll('Æ', 'AE')
    .replaceAll('Ø', 'OE')
    .replaceAll('Œ', 'OE')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  let prefix = '';
  for (const word of words) {
    const next = prefix ? `${prefix}-${word}` : word;
    if (next.length > prefixLength) break;
    prefix = next;
  }
  return prefix || words[0]?.slice(0, prefixLength) || fallbackPrefix;
}

/** One more than the highest number taken with this prefix (BREMERHAVEN-1 and -3 taken: BREMERHAVEN-4). */
export function nextStoreCode(prefix: string, takenCodes: string[]) {
  const numbers = takenCodes
    .filter((code) => code.toUpperCase().startsWith(`${prefix}-`))
    .map((code) => code.slice(prefix.length + 1))
    .filter((rest) => /^\d{1,9}$/.test(rest))
    .map(Number);
  return `${prefix}-${Math.max(0, ...numbers) + 1}`;
}
