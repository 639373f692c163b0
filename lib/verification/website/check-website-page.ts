import { compareNap } from '@/lib/nap/compare';
import type { NapComparison } from '@/lib/nap/schemas';
import { napOfLocation, napOfObservation, type LocationMasterData } from './master-data';
import type { WebsiteReading } from './observation';
import { pickEntryForLocation, type EntryChoice } from './pick-entry';
import { readWebsite } from './read-website';
import { locationJsonLd } from '@/lib/publishing/json-ld/location-json-ld';
import { jsonLdScriptElement } from '@/lib/publishing/json-ld/serialise-json-ld';

// One page checked for one location: what the page states, which entry is the location's, how its
// name, address, phone and website compare with the master data, and for a page that names no
// business the JSON-LD to paste into it. Comparing hours by meaning is the caller's next step.

export type WebsiteCheck = {
  reading: WebsiteReading;
  choice: EntryChoice;
  /** The NAP comparison of the entry found with the master data; null when none was found. */
  nap: NapComparison | null;
  /** A <script> element with the location's JSON-LD, offered when the page names no business. */
  suggestedSnippet: string | null;
};

// A chain's locations often name one page (a store list): it is read once and checked for each of
// them. The last reading is kept; the same string is recognised by identity before its content.
let lastRead: { html: string; pageUrl: string; reading: WebsiteReading } | null = null;

function readOnce(html: string, pageUrl: string) {
  if (lastRead?.html !== html || lastRead.pageUrl !== pageUrl) {
    lastRead = { html, pageUrl, reading: readWebsite(html, pageUrl) };
  }
  return lastRead.reading;
}

export function checkWebsitePage(html: string, pageUrl: string, location: LocationMasterData): WebsiteCheck {
  const reading = readOnce(html, pageUrl);
  const choice = pickEntryForLocation(reading.businesses, location);
  return {
    reading,
    choice,
    nap:
      choice.kind === 'found' ? compareNap(napOfLocation(location), napOfObservation(choice.business)) : null,
    suggestedSnippet: choice.kind === 'none' ? jsonLdScriptElement(locationJsonLd(location)) : null,
  };
}
