// What the verification benchmark's local servers answer, generated from the bench chain's own
// locations: an OpenStreetMap element for most of them (at about their position, named and tagged
// like them) and a page on their website, so that a run meets every outcome a real one does. Which
// case a location gets follows from its position in the list (sorted by store code), so every run
// serves the same data.
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { OpeningHours } from '@/lib/locations/schemas';
import type { LocationMasterData } from '@/lib/verification/website/master-data';
import { locationJsonLd } from '@/lib/publishing/json-ld/location-json-ld';
import { jsonLdScriptElement } from '@/lib/publishing/json-ld/serialise-json-ld';

export type BenchVerificationLocation = LocationMasterData & { id: string; storeCode: string };

/**
 * OpenStreetMap per location: tagged as the master data has it; the phone (without one, the house
 * number) stated otherwise; not mapped; mapped twice a few metres apart (a person must choose).
 */
export type OverpassPlan = 'consistent' | 'different' | 'missing' | 'ambiguous';
/**
 * The website per location: JSON-LD as the master data has it; the phone (or house number) stated
 * otherwise; a chain's page listing two other branches; nothing readable; 404.
 */
export type WebsitePlan = 'consistent' | 'different' | 'otherBranches' | 'noStructuredData' | 'notServed';

/** 80 % consistent, 10 % different, 5 % missing, 5 % ambiguous. */
export function overpassPlanOf(index: number): OverpassPlan {
  const slot = index % 20;
  if (slot === 0) return 'missing';
  if (slot === 1 || slot === 11) return 'different';
  if (slot === 2) return 'ambiguous';
  return 'consistent';
}

/** 75 % consistent, the other four cases one in 16 each. */
export function websitePlanOf(index: number): WebsitePlan {
  const slot = index % 16;
  if (slot === 0) return 'notServed';
  if (slot === 1) return 'noStructuredData';
  if (slot === 2) return 'different';
  if (slot === 3) return 'otherBranches';
  return 'consistent';
}

const osmDays: Record<Weekday, string> = {
  mon: 'Mo',
  tue: 'Tu',
  wed: 'We',
  thu: 'Th',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'Su',
};

/** The weekly hours as an OpenStreetMap opening_hours value, day by day ("Mo 06:30-18:00; …"). */
export function osmOpeningHours(hours: OpeningHours): string | null {
  const days = weekdays
    .filter((day) => (hours[day] ?? []).length > 0)
    .map(
      (day) => `${osmDays[day]} ${hours[day]!.map((range) => `${range.opens}-${range.closes}`).join(',')}`,
    );
  return days.length > 0 ? days.join('; ') : null;
}

/** Another number of the same length: the last digit moved on by one. */
const otherPhone = (phone: string) => `${phone.slice(0, -1)}${(Number(phone.at(-1)) + 1) % 10}`;

function splitStreet(street: string) {
  const match = /^(.*\S)\s+(\d+\s*[a-z]?)$/i.exec(street);
  return match ? { street: match[1]!, number: match[2]! } : { street, number: null };
}

/** The master data with one field stated otherwise: the phone, or without one the house number. */
function differing<T extends LocationMasterData>(location: T): T {
  if (location.phone) return { ...location, phone: otherPhone(location.phone) };
  const address = splitStreet(location.street);
  return address.number ? { ...location, street: `${address.street} ${address.number}0` } : location;
}

function tagsOf(master: BenchVerificationLocation, plan: OverpassPlan) {
  const location = plan === 'different' ? differing(master) : master;
  const address = splitStreet(location.street);
  const { phone } = location;
  const hours = osmOpeningHours(location.openingHours);
  const tags: Record<string, string> = {
    name: location.name,
    ...(location.name.startsWith('Café') ? { amenity: 'cafe' } : { shop: 'bakery' }),
    'addr:street': address.street,
    'addr:postcode': location.postalCode,
    'addr:city': location.city,
  };
  if (address.number) tags['addr:housenumber'] = address.number;
  // With a space as mappers write it ("+49 401234567"); the comparison reads it as the same number.
  if (phone) tags.phone = `${phone.slice(0, 3)} ${phone.slice(3)}`;
  if (location.website) tags.website = location.website;
  if (hours) tags.opening_hours = hours;
  return tags;
}

/** Degrees for about `metres` northwards and eastwards in northern Germany. */
const north = (metres: number) => metres / 111_320;
const east = (metres: number) => metres / 67_000;

/** The OpenStreetMap elements, in Overpass' JSON shape (`out center meta`), for the located locations. */
export function overpassElementsFor(locations: readonly BenchVerificationLocation[]) {
  const elements: object[] = [];
  locations.forEach((location, index) => {
    const plan = overpassPlanOf(index);
    if (plan === 'missing' || location.latitude == null || location.longitude == null) return;
    const node = (id: number, metresNorth: number) => ({
      type: 'node',
      id,
      lat: Number((location.latitude! + north(metresNorth)).toFixed(7)),
      lon: Number((location.longitude! + east(8)).toFixed(7)),
      timestamp: '2026-01-15T09:30:00Z',
      version: 3,
      tags: tagsOf(location, plan),
    });
    const id = 9_100_000_000 + index * 2;
    elements.push(node(id, 10));
    if (plan === 'ambiguous') elements.push(node(id + 1, -10));
  });
  return elements;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A page with one script of JSON-LD per business: one branch's own page, or a chain's list. */
function withJsonLd(...businesses: LocationMasterData[]) {
  const scripts = businesses.map((business) =>
    jsonLdScriptElement(locationJsonLd({ ...business, specialHours: [] })),
  );
  return page(
    escapeHtml(businesses[0]!.name),
    `${scripts.join('')}<h1>${escapeHtml(businesses[0]!.name)}</h1>`,
  );
}

/**
 * The page at each website's path, by path ("/fn-00042"); a location whose plan is `notServed`
 * gets none (the server answers 404), as does one without a website.
 */
export function websitePagesFor(locations: readonly BenchVerificationLocation[]) {
  const pages = new Map<string, string>();
  locations.forEach((location, index) => {
    if (!location.website) return;
    const plan = websitePlanOf(index);
    const path = new URL(location.website).pathname;
    if (plan === 'notServed') return;
    if (plan === 'noStructuredData') {
      pages.set(
        path,
        page(escapeHtml(location.name), `<h1>${escapeHtml(location.name)}</h1><p>Willkommen!</p>`),
      );
    } else if (plan === 'otherBranches') {
      // A page of one business is read as the site's own; a chain's list without it is "not found".
      const others = [1, 2].map((step) => locations[(index + step * 7) % locations.length]!);
      pages.set(path, withJsonLd(...others));
    } else if (plan === 'different') {
      pages.set(path, withJsonLd(differing(location)));
    } else {
      pages.set(path, withJsonLd(location));
    }
  });
  return pages;
}
