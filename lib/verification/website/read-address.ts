import { foldText } from '@/lib/nap/fold';
import type { Findings } from './findings';
import { isJsonObject, type JsonObject } from './json-ld/json-nodes';
import { firstText, valuesOf, literalText } from './json-ld/node-values';
import type { WebsiteObservation } from './observation';
import { plainText } from './plain-text';

// The address of a business: a PostalAddress node (streetAddress, postalCode, addressLocality,
// addressCountry as a code, a name or a Country node), or one line of text as some plugins write
// it ("Hafenstraße 12, 27568 Bremerhaven"), read into street, postcode and city.

export type ObservedAddress = Pick<WebsiteObservation, 'street' | 'postalCode' | 'city' | 'countryCode'>;
type Context = { byId: ReadonlyMap<string, JsonObject>; findings: Findings };

const noAddress: ObservedAddress = { street: null, postalCode: null, city: null, countryCode: null };

// Countries by the names and three-letter codes pages use, folded (lib/nap/fold.ts).
const countryCodes = new Map(
  Object.entries({
    DE: 'deutschland germany deu',
    AT: 'oesterreich austria aut',
    CH: 'schweiz switzerland suisse svizzera che',
    LU: 'luxemburg luxembourg lux',
    NL: 'niederlande netherlands nederland nld',
    BE: 'belgien belgium belgique bel',
    FR: 'frankreich france fra',
    IT: 'italien italy italia ita',
    DK: 'daenemark denmark danmark dnk',
    PL: 'polen poland polska pol',
    CZ: 'tschechien czechia cze',
  }).flatMap(([code, names]) => names.split(' ').map((name) => [name, code] as const)),
);

/** "DE", "de", "Deutschland", "Germany" and "DEU" are "DE"; an unknown name is null. */
export function countryCodeOf(text: string | null): string | null {
  if (text === null) return null;
  const folded = foldText(text.slice(0, 100)).replace(/^the /, '');
  if (/^[a-z]{2}$/.test(folded)) return folded.toUpperCase();
  return countryCodes.get(folded) ?? null;
}

// "27568 Bremerhaven", "D-27568 Bremerhaven", "1010 Wien".
const postcodeAndCity = /^(?:[a-z]{1,2} ?- ?)?(\d{4,5}) +(\S.*)$/i;

/** One line of address text: its parts by comma; the part with a postcode gives postcode and city. */
function readAddressText(text: string, findings: Findings): ObservedAddress {
  const parts =
    plainText(text, 'street', findings)
      ?.split(/[,;]/)
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  const at = parts.findIndex((part) => postcodeAndCity.test(part));
  if (at === -1) {
    const [street = null, ...rest] = parts;
    return { ...noAddress, street, city: rest.at(-1) ?? null };
  }
  const [, postalCode = null, city = null] = postcodeAndCity.exec(parts[at]!) ?? [];
  const street = parts.slice(0, at).join(', ') || null;
  return { street, postalCode, city, countryCode: countryCodeOf(parts[at + 1] ?? null) };
}

function readPostalAddress(address: JsonObject, { byId, findings }: Context): ObservedAddress {
  const text = (property: string, field: 'street' | 'postalCode' | 'city') => {
    const value = firstText(address, property, byId);
    return value === null ? null : plainText(value, field, findings);
  };
  const country = valuesOf(address, 'addressCountry', byId)
    .map(literalText)
    .find((value) => value !== null);
  return {
    street: text('streetAddress', 'street'),
    postalCode: text('postalCode', 'postalCode'),
    city: text('addressLocality', 'city'),
    countryCode: countryCodeOf(country ?? null),
  };
}

/** The business's address; fields the page leaves out are null. */
export function readAddress(business: JsonObject, context: Context): ObservedAddress {
  for (const address of valuesOf(business, 'address', context.byId)) {
    if (isJsonObject(address)) return readPostalAddress(address, context);
    const text = literalText(address);
    if (text !== null && text.trim() !== '') return readAddressText(text, context.findings);
  }
  // Some pages put the PostalAddress properties on the business itself.
  return firstText(business, 'streetAddress', context.byId) === null
    ? noAddress
    : readPostalAddress(business, context);
}

/** Whether the node states an address at all (an Organization counts as a business only then). */
export function hasAddress(business: JsonObject, byId: ReadonlyMap<string, JsonObject>) {
  return (
    valuesOf(business, 'address', byId).length > 0 || firstText(business, 'streetAddress', byId) !== null
  );
}
